import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { getDb } from "@/lib/db";
import { fetchRegulation, listBundles, listPhoneNumbers, listRegulations } from "@/lib/twilio";
import { createWorklistLoader, type WorklistResult } from "./worklist-core";
import { queryOpenUpdateRequests } from "./worklist-progress-query";
import type { WorklistParams } from "./worklist-params";

export type { WorklistResult, WorklistRow } from "./worklist-core";

// One loader per server process, so its caches (numbers per account, Regulations) are shared.
const loader = createWorklistLoader({
  gateway: { listBundles, listPhoneNumbers, listRegulations, fetchRegulation },
  openRequests: async (scope, sids) =>
    queryOpenUpdateRequests(await getDb(), scope.accountId, sids),
});

/**
 * The acting account's worklist page. Twilio is asked with the account's own subaccount
 * credentials, and update requests are looked up by the account's id: both scopes come from ctx,
 * never from the URL.
 */
export function loadWorklist(ctx: AccountContext, params: WorklistParams): Promise<WorklistResult> {
  return loader.load(
    { accountId: ctx.account.id, subaccountSid: ctx.account.subaccountSid },
    params,
  );
}
