import "server-only";
import { recordSystemAudit } from "@/lib/audit/record";
import type { Database } from "@/lib/db";
import type { UpdateRequestRow } from "@/lib/db/schema";

type Named = { original?: { friendlyName?: unknown } | null; bundle?: { friendlyName?: unknown } };

/** The Bundle's name as the row last kept it: the original read, or the copy as Twilio made it. */
function bundleNameOn(row: UpdateRequestRow): string | null {
  const kept = row.snapshot as Named | null;
  const made = row.baseline as Named | null;
  const name = kept?.original?.friendlyName ?? made?.bundle?.friendlyName;
  return typeof name === "string" && name ? name : null;
}

/**
 * Twilio's approval of the copy, on the account's Activity, written in the transaction of the
 * write that records it: however the portal learnt it (a status callback, a reconcile, a step
 * that read Twilio), only the writer that wins the compare-and-set records it, once per review.
 */
export async function auditApproval(
  db: Database,
  before: UpdateRequestRow,
  after: UpdateRequestRow,
): Promise<void> {
  if (after.phase !== "approved" || before.phase === "approved") return;
  await recordSystemAudit(
    {
      accountId: after.accountId,
      action: "update.approved",
      targetSid: after.originalSid,
      by: "twilio",
      details: { copySid: after.copySid, bundleName: bundleNameOn(after) ?? bundleNameOn(before) },
    },
    db,
  );
}
