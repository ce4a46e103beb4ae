import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { accounts } from "@/lib/db/schema";
import { BUNDLE_STATUSES, type BundleStatus } from "@/lib/twilio";
import { finishApproved } from "./finish";
import { findOpenRequestByCopy } from "./store";
import { record } from "./sync";

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
  const result = await record(
    row,
    {
      type: "status_callback",
      status: callback.status,
      failureReason: callback.failureReason,
      at: new Date(),
    },
    null,
    { status: callback.status, failureReason: callback.failureReason },
  );
  if (callback.status === "twilio-approved") {
    try {
      await finishApproved(account.twilioSubaccountSid, result.row, null, {
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
