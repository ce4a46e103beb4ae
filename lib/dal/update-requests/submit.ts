import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { updateBundle } from "@/lib/twilio";
import { canSubmit } from "@/lib/workflow";
import { userStep } from "./spine";

/**
 * Step 4: sends the copy for review, only after a current compliant evaluation (canSubmit on a
 * reconciled state; Twilio refuses a noncompliant submission itself too). A second click finds
 * the request submitted and changes nothing.
 */
export function submitUpdate(ctx: AccountContext, originalSid: string) {
  return userStep(ctx, originalSid, {
    name: "submit",
    freshness: "kept",
    async act(run) {
      if (run.state.phase === "submitted" || run.state.phase === "in_review")
        return { alreadySubmitted: true };
      const guard = canSubmit(run.state);
      const copySid = run.row.copySid;
      if (!guard.ok || !copySid)
        throw guard.ok
          ? new AppError("conflict:update_request")
          : new AppError(guard.code, guard.message, { messageKey: guard.messageKey });
      const copy = await updateBundle(run.sub, copySid, { status: "pending-review" });
      // The reasons this submission answers: a later rejection's reasons are compared with them.
      const answering = "rejection" in run.state ? (run.state.rejection?.reasons ?? []) : [];
      await run.record({ type: "submitted", at: new Date() }, { copySid, answering });
      run.keep({
        bundle: copy,
        assignments: [],
        endUsers: [],
        supportingDocuments: [],
        itemsRead: false,
      });
      await run.audit("update.submitted", { originalSid }, copySid);
      return { alreadySubmitted: false };
    },
  });
}
