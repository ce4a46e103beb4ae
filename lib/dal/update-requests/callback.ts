import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { accounts } from "@/lib/db/schema";
import { GatewayError, fetchBundle } from "@/lib/twilio";
import { BUNDLE_STATUSES, type BundleStatus } from "@/lib/domain/types";
import { finishApproved } from "./finish";
import { record } from "./progress";
import { findOpenRequestByCopy } from "./store";

export interface StatusCallback {
  accountSid: string;
  bundleSid: string;
  status: string;
  failureReason: string | null;
  validUntil?: Date | null;
}

/** `foreign_bundle`: validly signed by one account, about another account's copy. */
export type CallbackOutcome = "applied" | "ignored" | "unknown_bundle" | "foreign_bundle";

const isStatus = (s: string): s is BundleStatus =>
  (BUNDLE_STATUSES as readonly string[]).includes(s);

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

/**
 * A signature-checked status callback for a copy. It only moves the request forward (the
 * workflow ignores late or repeated ones); after approval it applies the update at once, and if
 * that fails midway the customer's next visit resumes it.
 */
export async function applyStatusCallback(callback: StatusCallback): Promise<CallbackOutcome> {
  const row = await findOpenRequestByCopy(callback.bundleSid);
  if (!row) return "unknown_bundle";
  const db = await getDb();
  const [account] = await db.select().from(accounts).where(eq(accounts.id, row.accountId));
  // The signature proves who sent it; the copy must also belong to that account.
  if (!account || account.twilioSubaccountSid !== callback.accountSid) return "foreign_bundle";
  if (!isStatus(callback.status)) return "ignored";
  const sub = account.twilioSubaccountSid;
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
  if (callback.status === "twilio-approved") {
    try {
      await finishApproved({ kind: "system", subaccountSid: sub }, result.row, {
        justApproved: result.moved,
      });
    } catch (error) {
      console.error(
        "[status-callback] finishing after approval failed; the next visit resumes",
        error,
      );
    }
  }
  return result.moved ? "applied" : "ignored";
}
