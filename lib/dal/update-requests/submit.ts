import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { recordAudit } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import { updateBundle } from "@/lib/twilio";
import { canSubmit } from "@/lib/workflow";
import { requireOpenRequest } from "./authorize";
import { withLease } from "./lease";
import { rememberSnapshot } from "./recent-snapshot";
import { record, syncRequest } from "./sync";
import { toSnapshot } from "./twilio-reads";

/**
 * Step 4: sends the copy for review, only after a current compliant evaluation (canSubmit on a
 * freshly reconciled state). A second click finds the request submitted and changes nothing.
 */
export async function submitUpdate(ctx: AccountContext, originalSid: string) {
  const sub = ctx.account.subaccountSid;
  const opened = await requireOpenRequest(ctx, originalSid);
  return withLease(opened.id, async () => {
    const { row, state, snapshot } = await syncRequest(sub, opened, { reuseRecent: true });
    if (state.phase === "submitted" || state.phase === "in_review")
      return { alreadySubmitted: true };
    const guard = canSubmit(state);
    if (!guard.ok || !row.copySid)
      throw new AppError("conflict:update_request", guard.ok ? undefined : guard.message);
    const copy = await updateBundle(sub, row.copySid, { status: "pending-review" });
    const saved = await record(row, { type: "submitted", at: new Date() }, ctx.user.id, {
      copySid: row.copySid,
    });
    const under = { bundle: copy, assignments: [], endUsers: [], supportingDocuments: [] };
    rememberSnapshot(saved.row, toSnapshot(snapshot.original, { ...under, itemsRead: false }));
    await recordAudit(ctx, {
      action: "update.submitted",
      targetSid: row.copySid,
      details: { originalSid },
    });
    return { alreadySubmitted: false };
  });
}
