import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { createBundleCopy, fetchBundleItems } from "@/lib/twilio";
import { canCreateCopy, canEdit, needsUpdate, nextActionFor } from "@/lib/workflow";
import { requireOriginal } from "./authorize";
import { readsCountFrom } from "./original-reads";
import { runStep, userActor } from "./spine";
import { findLatestRequest, openRequest } from "./store";

/**
 * Step 1: opens the update request and makes its copy, or returns the one in progress. Two
 * clicks, tabs or retries meet at the same row (unique index); only the holder of its lease
 * calls Twilio, and a copy made just before a crash is adopted (the sync finds it), never
 * duplicated.
 */
export async function startUpdate(ctx: AccountContext, originalSid: string) {
  // The page that offers Start has just read the original; Twilio refuses a copy (22223) if it
  // stopped being eligible meanwhile. A read from before an earlier request's end does not count.
  const earlier = await findLatestRequest(ctx.account.id, originalSid);
  const original = await requireOriginal(ctx, originalSid, {
    recent: { notBefore: readsCountFrom(earlier) },
  });
  if (!needsUpdate(original))
    throw new AppError(
      "conflict:update_request",
      "This Bundle has no update deadline, so there is nothing to update.",
      { messageKey: { key: "custom.noDeadline" } },
    );
  const { row: opened, created } = await openRequest({
    accountId: ctx.account.id,
    originalSid,
    userId: ctx.user.id,
  });
  // Started already, and its copy checked: nothing to do. A start that failed after the copy was
  // made (its check, say) is resumed below rather than left half done.
  if (opened.copySid && (opened.lastEvaluation || opened.rejection || opened.phase !== "fixing"))
    return { row: opened, created: false };

  const outcome = await runStep(userActor(ctx), opened, {
    name: "start",
    // Just read (and authorized) above: no need to read the original again.
    freshness: { original },
    // Another click is already starting it: that one finishes the work.
    whenBusy: "skip",
    async act(run) {
      if (!run.row.copySid) {
        const guard = canCreateCopy(run.state);
        if (!guard.ok)
          throw new AppError(guard.code, guard.message, { messageKey: guard.messageKey });
        const copy = await createBundleCopy(run.sub, originalSid);
        await run.record({ type: "copy_created", copySid: copy.sid }, { copySid: copy.sid });
        await run.audit("update.started", { copySid: copy.sid });
        // A copy is a deep copy of the original: its items as made are the original's content,
        // which "What will change" compares against.
        const items = await fetchBundleItems(run.sub, copy);
        run.keep({ ...items, itemsRead: true });
        await run.remember({ baseline: items });
      }
      // An adopted copy may be under review (nothing to set or check) or rejected: then the
      // customer reads the reviewer's reasons first, and the copy is checked after their change.
      if (canEdit(run.state).ok) {
        await run.ensureCallback();
        if (run.state.phase !== "rejected" && nextActionFor(run.state).kind === "evaluate")
          await run.evaluate();
      }
    },
  });
  return { row: outcome.ran ? outcome.row : opened, created };
}
