import { attentionFor } from "./attention";
import type { StoredProgress, StoredRequest } from "./schema";
import { draftState, type UpdateRequestState } from "./states";

/**
 * Row → state. Total: a row that lacks what its phase needs (a hand-edited or corrupted row)
 * becomes `failed` rather than guessing, and draft phases are re-derived so a stored "ready"
 * with a no-longer-current evaluation reads as "fixing".
 */
export function fromStored(row: StoredRequest): UpdateRequestState {
  const { copySid } = row;
  const inconsistent: UpdateRequestState = {
    phase: "failed",
    copySid,
    attention: attentionFor("record_inconsistent", "start"),
    itemsReplacedAt: row.itemsReplacedAt,
  };
  switch (row.phase) {
    case "starting":
    case "fixing":
    case "ready":
    case "rejected":
      if (!copySid) return row.phase === "starting" ? { phase: "starting" } : inconsistent;
      return draftState({
        copySid,
        evaluation: row.lastEvaluation,
        itemsChangedAt: row.itemsChangedAt,
        rejection: row.rejection,
      });
    case "submitted":
    case "in_review":
      return copySid ? { phase: row.phase, copySid, submittedAt: row.submittedAt } : inconsistent;
    case "approved":
      return copySid
        ? { phase: "approved", copySid, itemsReplacedAt: row.itemsReplacedAt, copyItemCount: null }
        : inconsistent;
    case "replaced":
      return copySid && row.itemsReplacedAt
        ? { phase: "replaced", copySid, itemsReplacedAt: row.itemsReplacedAt }
        : inconsistent;
    case "done":
      return { phase: "done", copySid, itemsReplacedAt: row.itemsReplacedAt };
    case "cancelled":
      return { phase: "cancelled", copySid };
    case "failed":
      return row.attention
        ? {
            phase: "failed",
            copySid,
            attention: row.attention,
            itemsReplacedAt: row.itemsReplacedAt,
          }
        : inconsistent;
  }
}

/** State → the columns to write. Fields a phase doesn't carry are cleared. */
export function toStored(state: UpdateRequestState): StoredProgress {
  const progress: StoredProgress = {
    phase: state.phase,
    copySid: state.phase === "starting" ? null : state.copySid,
    lastEvaluation: null,
    rejection: null,
    attention: null,
    itemsChangedAt: null,
    submittedAt: null,
    itemsReplacedAt: null,
  };
  switch (state.phase) {
    case "fixing":
    case "ready":
      return {
        ...progress,
        lastEvaluation: state.lastEvaluation,
        rejection: state.rejection,
        itemsChangedAt: state.itemsChangedAt,
      };
    case "rejected":
      return { ...progress, rejection: state.rejection, itemsChangedAt: state.itemsChangedAt };
    case "submitted":
    case "in_review":
      return { ...progress, submittedAt: state.submittedAt };
    case "approved":
    case "replaced":
    case "done":
      return { ...progress, itemsReplacedAt: state.itemsReplacedAt };
    case "failed":
      return { ...progress, attention: state.attention, itemsReplacedAt: state.itemsReplacedAt };
    default:
      return progress;
  }
}

const time = (d: Date | null | undefined) => (d ? d.getTime() : null);

/** Whether writing `next` would change the row (dates by instant, JSON fields key-order-free). */
export function progressDiffers(row: StoredProgress, next: StoredProgress): boolean {
  const canonical = (p: StoredProgress) =>
    JSON.stringify([
      p.phase,
      p.copySid,
      p.lastEvaluation && [
        p.lastEvaluation.status,
        p.lastEvaluation.failedCount,
        time(p.lastEvaluation.at),
      ],
      p.rejection && [p.rejection.reasons, time(p.rejection.at)],
      p.attention && [
        p.attention.reason,
        p.attention.message,
        p.attention.recovery,
        p.attention.atStep,
      ],
      time(p.itemsChangedAt),
      time(p.submittedAt),
      time(p.itemsReplacedAt),
    ]);
  return canonical(row) !== canonical(next);
}
