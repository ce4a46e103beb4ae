import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { getDb } from "@/lib/db";
import { processWide } from "@/lib/cache/process-wide";
import { listBundles, listPhoneNumbers, listRegulations } from "@/lib/twilio";
import { indexedNeedsAction } from "./bundle-index";
import { cachedRegulation } from "./regulations";
import { createWorklistLoader, type WorklistResult } from "@/lib/worklist/loader";
import { queryOpenUpdateRequests } from "@/lib/worklist/open-requests";
import type { WorklistParams } from "@/lib/worklist/params";

// One loader per server process, so its caches (numbers per account, Regulations) are shared.
// A Regulation missing from the catalogue is read through the shared cache (regulations.ts).
const loader = processWide("worklist-loader", () =>
  createWorklistLoader({
    gateway: {
      listBundles,
      listPhoneNumbers,
      listRegulations,
      fetchRegulation: (sub, sid) => cachedRegulation(sub, sid),
    },
    openRequests: async (scope, sids) =>
      queryOpenUpdateRequests(await getDb(), scope.accountId, sids),
    indexedSample: (scope) => indexedNeedsAction(scope.accountId),
  }),
);

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
