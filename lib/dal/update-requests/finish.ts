import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { indexConfirmedOriginal } from "@/lib/dal/bundle-index";
import type { UpdateRequestRow } from "@/lib/db/schema";
import { GatewayError, deleteBundle, listItemAssignments, replaceItems } from "@/lib/twilio";
import { canDeleteCopy, canReplace, nextActionFor, type UpdateRequestState } from "@/lib/workflow";
import { requireOpenRequest } from "./authorize";
import { fetchOriginal } from "./original-reads";
import { runStep, userActor, type Actor, type Run } from "./spine";

/** ReplaceItems refused: the copy is not an approved copy of the original with items (22224). */
const REPLACE_REFUSED = 22224;

/**
 * The finish loop, after Twilio approved the copy: ReplaceItems into the original, confirm its
 * valid_until is gone, then delete the copy. The replace and the deletion are on the account's
 * Activity, by whoever ran them (a job: the portal itself). Each step is recorded before the next one runs and
 * checked by its guard on the current state, so a crash anywhere resumes at the right step and a
 * copy whose items were not replaced is never deleted.
 */
export async function finishLoop(run: Run) {
  for (let step = 0; step < 5; step++) {
    const next = nextActionFor(run.state);
    const copySid = run.row.copySid;
    if (!copySid) break;
    if (next.kind === "replace_items") {
      if (!canReplace(run.state).ok) break;
      try {
        await replaceItems(run.sub, run.row.originalSid, copySid);
      } catch (error) {
        // Twilio refuses a second ReplaceItems from a used copy (22224): an earlier attempt got
        // through unrecorded. Twilio's own state then says where the finish stands.
        if (!(error instanceof GatewayError && error.twilioCode === REPLACE_REFUSED)) throw error;
        await run.resync();
        continue;
      }
      // Next round: confirm_original reads the original itself (ReplaceItems' answer is not
      // reliable, see lib/twilio/replace-items.ts); the copy is deleted only after that.
      const replaced = await run.record({ type: "items_replaced", at: new Date() }, { copySid });
      if (replaced.moved) await run.audit("update.applied", { copySid });
    } else if (next.kind === "confirm_original") {
      // Remembered: the page that shows "up to date" reuses this read.
      const original = await fetchOriginal(run.sub, run.row.originalSid);
      run.keep(run.snapshot.copy, original);
      await indexConfirmedOriginal(run.row.accountId, original);
      const result = await run.record({
        type: "original_confirmed",
        validUntil: original.validUntil,
      });
      if (!result.moved) break; // still shows a deadline: wait (reconcile decides when to worry)
    } else if (next.kind === "delete_copy") {
      if (!canDeleteCopy(run.state).ok) break;
      await deleteBundle(run.sub, copySid);
      const deleted = await run.record({ type: "copy_deleted" }, { copySid });
      if (deleted.moved) await run.audit("update.copy_removed", { copySid });
      run.keep(null);
    } else if (next.kind === "fetch_copy_items") {
      // Only the count decides; an empty copy needs the whole picture (replaced already?).
      const count = (await listItemAssignments(run.sub, copySid)).length;
      if (count > 0 && run.state.phase === "approved" && !run.state.itemsReplacedAt)
        run.state = { ...run.state, copyItemCount: count };
      else await run.resync();
      if (nextActionFor(run.state).kind === "fetch_copy_items") break;
    } else break;
  }
}

/**
 * Applies an approved update. Returns null when another step holds the request (it will finish
 * the work). `justApproved`: the caller has just recorded Twilio's signed approval of the copy,
 * so the stored state is current and is not synced first. The one fact Twilio does not check for
 * us, that the copy still holds items (a ReplaceItems from an empty copy would strip the
 * original), is always read fresh; the statuses ReplaceItems checks itself (22224).
 */
export async function finishApproved(
  actor: Actor,
  opened: UpdateRequestRow,
  options: { justApproved?: boolean } = {},
): Promise<{ row: UpdateRequestRow; state: UpdateRequestState } | null> {
  let state: UpdateRequestState | null = null;
  const outcome = await runStep(actor, opened, {
    name: "finish",
    freshness: options.justApproved && opened.phase === "approved" ? "row" : "read",
    whenBusy: "skip",
    async act(run) {
      await finishLoop(run);
      state = run.state;
    },
  });
  return outcome.ran && state ? { row: outcome.row, state } : null;
}

/**
 * Step 7 on the customer's page: resumes applying an approved update (idempotent). Each part
 * that runs is on Activity as the customer's (finishLoop), whatever a job did before.
 */
export async function finishUpdate(ctx: AccountContext, originalSid: string) {
  const opened = await requireOpenRequest(ctx, originalSid);
  const result = await finishApproved(userActor(ctx), opened);
  return { phase: result?.row.phase ?? opened.phase };
}
