import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { deleteBundle } from "@/lib/twilio";
import { canCancel } from "@/lib/workflow";
import { userStep } from "./spine";

/**
 * Stops an update before review. The draft copy is deleted: the original was never touched, so
 * nothing the customer relies on changes (their edits on the copy are discarded, as they
 * confirmed). Read fresh: a copy Twilio has meanwhile taken into review is never deleted.
 */
export function cancelUpdate(ctx: AccountContext, originalSid: string) {
  return userStep(ctx, originalSid, {
    name: "cancel",
    freshness: "read",
    guard: canCancel,
    async act(run) {
      const copy = run.snapshot.copy?.bundle;
      if (copy && (copy.status === "draft" || copy.status === "twilio-rejected"))
        await deleteBundle(run.sub, copy.sid);
      const copySid = run.row.copySid;
      await run.record({ type: "cancelled" }, { copySid });
      run.keep(null);
      await run.audit("update.cancelled", { copySid });
    },
  });
}
