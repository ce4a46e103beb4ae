import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { accounts } from "@/lib/db/schema";
import { BUNDLE_STATUSES, type BundleStatus } from "@/lib/domain/types";
import { indexedOwner, noteBundleCallback } from "@/lib/dal/bundle-index";
import { enqueue } from "@/lib/jobs/enqueue";
import { GatewayError, fetchBundle } from "@/lib/twilio";
import { record } from "./progress";
import { findOpenRequest, findOpenRequestByCopy } from "./store";

export interface StatusCallback {
  accountSid: string;
  bundleSid: string;
  status: string;
  failureReason: string | null;
  /** undefined: the callback did not say (Twilio's copy callbacks carry none). */
  validUntil?: Date | null;
}

const isStatus = (s: string): s is BundleStatus =>
  (BUNDLE_STATUSES as readonly string[]).includes(s);

async function accountBySubaccount(sub: string) {
  const db = await getDb();
  const [account] = await db.select().from(accounts).where(eq(accounts.twilioSubaccountSid, sub));
  return account ?? null;
}

/**
 * For the route, from our own records only (no Twilio call): whether a validly signed callback
 * is about a Bundle of the account that signed it. A copy is its request's; an original is
 * whoever the index says owns it; a Bundle we do not know yet belongs to no one else.
 */
export async function callbackIsForeign(callback: StatusCallback): Promise<boolean> {
  const account = await accountBySubaccount(callback.accountSid);
  if (!account) return true;
  const request = await findOpenRequestByCopy(callback.bundleSid);
  if (request) return request.accountId !== account.id;
  const owner = await indexedOwner(callback.bundleSid);
  return owner !== null && owner !== account.id;
}

/**
 * In a resubmission round, whether Twilio's copy shows the status the callback reports: a
 * genuine callback of an earlier round, replayed, must not move the request (callbacks.ts).
 */
async function confirmedByTwilio(sub: string, callback: StatusCallback): Promise<boolean> {
  try {
    return (await fetchBundle(sub, callback.bundleSid)).status === callback.status;
  } catch (error) {
    if (error instanceof GatewayError && error.code.startsWith("not_found:")) return false;
    throw error;
  }
}

export type CallbackOutcome = "applied" | "ignored" | "indexed" | "unknown_bundle";

/**
 * A received status callback, applied by the status_callback job (the route only verifies,
 * records and enqueues). For a copy it moves the update request forward (the workflow ignores
 * late or repeated ones) and, on approval, enqueues the finish. For an original (a regulation
 * change set its deadline, it expired) the index learns it, the change becomes an event, and an
 * update in progress on it is reconciled.
 */
export async function processStatusCallback(callback: StatusCallback): Promise<CallbackOutcome> {
  const account = await accountBySubaccount(callback.accountSid);
  if (!account || !isStatus(callback.status)) return "unknown_bundle";
  const sub = account.twilioSubaccountSid;

  const row = await findOpenRequestByCopy(callback.bundleSid);
  if (row) {
    if (row.accountId !== account.id) return "unknown_bundle";
    const verified = row.reviewRound > 1 ? await confirmedByTwilio(sub, callback) : undefined;
    const result = await record(
      row,
      {
        type: "status_callback",
        status: callback.status,
        failureReason: callback.failureReason,
        at: new Date(),
        verified,
      },
      null,
      { status: callback.status, failureReason: callback.failureReason },
    );
    if (result.row.phase === "approved")
      await enqueue("finish_update", { requestId: row.id }, { key: row.id });
    return result.moved ? "applied" : "ignored";
  }

  const indexed = await noteBundleCallback(account.id, {
    bundleSid: callback.bundleSid,
    status: callback.status,
    validUntil: callback.validUntil,
  });
  if (!indexed)
    await enqueue(
      "sweep_account",
      { accountId: account.id, reason: "callback" },
      { key: account.id },
    );
  const open = await findOpenRequest(account.id, callback.bundleSid);
  if (open) await enqueue("reconcile_request", { requestId: open.id }, { key: open.id });
  return "indexed";
}
