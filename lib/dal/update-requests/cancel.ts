import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { recordAudit } from "@/lib/dal/audit";
import { AppError } from "@/lib/errors";
import { deleteBundle } from "@/lib/twilio";
import { canCancel } from "@/lib/workflow";
import { requireOpenRequest } from "./authorize";
import { withLease } from "./lease";
import { record, syncRequest } from "./sync";

/**
 * Stops an update before review. The draft copy is deleted: the original was never touched, so
 * nothing the customer relies on changes (their edits on the copy are discarded, as they confirmed).
 */
export async function cancelUpdate(ctx: AccountContext, originalSid: string) {
  const sub = ctx.account.subaccountSid;
  const opened = await requireOpenRequest(ctx, originalSid);
  return withLease(opened.id, async () => {
    const { row, state, snapshot } = await syncRequest(sub, opened);
    const guard = canCancel(state);
    if (!guard.ok) throw new AppError(guard.code, guard.message);
    const copy = snapshot.copy?.bundle;
    if (copy && (copy.status === "draft" || copy.status === "twilio-rejected"))
      await deleteBundle(sub, copy.sid);
    await record(row, { type: "cancelled" }, ctx.user.id, { copySid: row.copySid });
    await recordAudit(ctx, {
      action: "update.cancelled",
      targetSid: originalSid,
      details: { copySid: row.copySid },
    });
  });
}
