import "server-only";
import type { UpdateRequestRow } from "@/lib/db/schema";
import { deleteBundle, listItemAssignments, replaceItems } from "@/lib/twilio";
import {
  canDeleteCopy,
  canReplace,
  fromStored,
  nextActionFor,
  type UpdateRequestState,
} from "@/lib/workflow";
import { fetchOriginal } from "./recent-original";
import { acquireLease, releaseLease, toStoredRequest } from "./store";
import { record, syncRequest } from "./sync";

/**
 * Step 7, after Twilio approved the copy: ReplaceItems into the original, confirm its
 * valid_until is gone, then delete the copy. Each step is recorded before the next one runs and
 * checked by its guard on the current state, so a crash anywhere resumes at the right step and a
 * copy whose items were not replaced is never deleted. Returns null when another step holds the
 * request (it will finish the work).
 *
 * `justApproved`: the caller has just recorded Twilio's signed approval of the copy, so the
 * stored state is current and is not synced first. The one fact Twilio does not check for us,
 * that the copy still holds items (a ReplaceItems from an empty copy would strip the original),
 * is always read fresh; the statuses ReplaceItems checks itself (22224).
 */
export async function finishApproved(
  sub: string,
  opened: UpdateRequestRow,
  actorUserId: string | null,
  options: { justApproved?: boolean } = {},
): Promise<{ row: UpdateRequestRow; state: UpdateRequestState } | null> {
  if (!(await acquireLease(opened.id))) return null;
  try {
    let { row, state } =
      options.justApproved && opened.phase === "approved"
        ? { row: opened, state: fromStored(toStoredRequest(opened)) }
        : await syncRequest(sub, opened);
    for (let step = 0; step < 5; step++) {
      const next = nextActionFor(state);
      const copySid = row.copySid;
      if (!copySid) break;
      if (next.kind === "replace_items") {
        const guard = canReplace(state);
        if (!guard.ok) break;
        await replaceItems(sub, row.originalSid, copySid);
        // Next round: confirm_original reads the original itself (ReplaceItems' answer is not
        // reliable, see lib/twilio/replace-items.ts); the copy is deleted only after that.
        ({ row, state } = await record(
          row,
          { type: "items_replaced", at: new Date() },
          actorUserId,
          { copySid },
        ));
      } else if (next.kind === "confirm_original") {
        // Remembered: the page that shows "up to date" reuses this read.
        const original = await fetchOriginal(sub, row.originalSid);
        const result = await record(
          row,
          { type: "original_confirmed", validUntil: original.validUntil },
          actorUserId,
        );
        if (!result.moved) break; // still shows a deadline: wait (reconcile decides when to worry)
        ({ row, state } = result);
      } else if (next.kind === "delete_copy") {
        if (!canDeleteCopy(state).ok) break;
        await deleteBundle(sub, copySid);
        ({ row, state } = await record(row, { type: "copy_deleted" }, actorUserId, { copySid }));
      } else if (next.kind === "fetch_copy_items") {
        // Only the count decides; an empty copy needs the whole picture (replaced already?).
        const count = (await listItemAssignments(sub, copySid)).length;
        if (count > 0 && state.phase === "approved" && !state.itemsReplacedAt)
          state = { ...state, copyItemCount: count };
        else ({ row, state } = await syncRequest(sub, row));
        if (nextActionFor(state).kind === "fetch_copy_items") break;
      } else break;
    }
    return { row, state };
  } finally {
    await releaseLease(opened.id);
  }
}
