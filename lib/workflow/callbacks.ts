import type { BundleStatus } from "@/lib/domain/types";
import { failedFrom } from "./attention";
import { ignored, moved, type EventResult } from "./result";
import type { UpdateRequestState } from "./states";

/**
 * Status callbacks can arrive twice, late, or out of order, so they only ever move a request
 * forward within the current review round:
 *
 *   draft phases (fixing, ready) < submitted < in_review < rejected | approved
 *
 * Approval is final: nothing a callback says moves a request out of approved, replaced or done.
 * A round begins with the copy's creation or with our own `submitted` event after a rejection;
 * callbacks never begin a new round, so a delayed pending-review/in-review/rejected callback from
 * an earlier round cannot undo a rejection or a resubmission. An approval is accepted from any
 * earlier phase (it can only be the outcome of a real review, e.g. one whose `submitted` event we
 * failed to record). `draft` callbacks carry nothing we act on. Whatever this leaves wrong,
 * reconcile() corrects from Twilio's own data on the next visit or callback.
 */
const RANK = {
  fixing: 0,
  ready: 0,
  submitted: 1,
  in_review: 2,
  rejected: 3,
} as const satisfies Partial<Record<UpdateRequestState["phase"], number>>;

export interface CopyStatusCallback {
  type: "status_callback";
  status: BundleStatus;
  failureReason?: string | null;
  validUntil?: Date | null;
  /** When the app received the callback. */
  at: Date;
  /**
   * Twilio's own data, read after the callback arrived, showed this status. A callback is
   * unsigned in time: a genuine one from an earlier review round, replayed later, carries a
   * valid signature. So from the second round on only a confirmed status counts.
   */
  verified?: boolean;
}

export interface OriginalStatusCallback {
  type: "original_status";
  status: BundleStatus;
  validUntil: Date | null;
}

function targetRank(status: BundleStatus): number | null {
  switch (status) {
    case "pending-review":
      return 1;
    case "in-review":
    case "provisionally-approved":
      return 2;
    case "twilio-rejected":
    case "twilio-approved":
      return 3;
    case "draft":
      return null;
  }
}

export function applyCopyCallback(
  state: UpdateRequestState,
  event: CopyStatusCallback,
  reviewRound = 0,
): EventResult {
  if (state.phase === "approved" || state.phase === "replaced" || state.phase === "done") {
    return event.status === "twilio-approved"
      ? ignored(state, "duplicate", "The copy is already approved.")
      : ignored(state, "stale", "Approval is final; an earlier status arrived late.");
  }
  if (state.phase === "starting" || state.phase === "cancelled" || state.phase === "failed") {
    return ignored(state, "not_allowed", `A status callback means nothing in "${state.phase}".`);
  }
  if (reviewRound > 1 && !event.verified) {
    return ignored(
      state,
      "stale",
      "In a resubmission round only a status Twilio confirms counts: this one may be an earlier review's.",
    );
  }
  const rank = RANK[state.phase];
  const target = targetRank(event.status);
  if (target === null) return ignored(state, "stale", "Draft callbacks carry nothing to act on.");

  const { copySid } = state;
  if (event.status === "twilio-approved") {
    return moved({ phase: "approved", copySid, itemsReplacedAt: null, copyItemCount: null });
  }
  // Draft phases of a resubmission round: the previous round's callbacks are stale.
  const resubmitting = (state.phase === "fixing" || state.phase === "ready") && state.rejection;
  if (resubmitting) {
    return ignored(state, "stale", "This status belongs to the previous review.");
  }
  if (target < rank) return ignored(state, "stale", "An earlier status arrived late.");
  if (target === rank) return ignored(state, "duplicate", "The request is already at this status.");

  const submittedAt =
    state.phase === "submitted" || state.phase === "in_review" ? state.submittedAt : null;
  switch (event.status) {
    case "pending-review":
      return moved({ phase: "submitted", copySid, submittedAt });
    case "in-review":
    case "provisionally-approved":
      return moved({ phase: "in_review", copySid, submittedAt });
    default: {
      const reason = event.failureReason?.trim();
      return moved({
        phase: "rejected",
        copySid,
        rejection: { reasons: reason ? [reason] : [], at: event.at },
        itemsChangedAt: null,
      });
    }
  }
}

/**
 * Callbacks about the original: it losing its approval stops the request (ReplaceItems needs it
 * twilio-approved); its valid_until becoming null after our ReplaceItems confirms the replace.
 */
export function applyOriginalCallback(
  state: UpdateRequestState,
  event: OriginalStatusCallback,
): EventResult {
  if (state.phase === "done" || state.phase === "cancelled" || state.phase === "failed") {
    return ignored(
      state,
      "not_allowed",
      `The original's status means nothing in "${state.phase}".`,
    );
  }
  if (event.status !== "twilio-approved") {
    return moved(failedFrom(state, "original_not_approved"));
  }
  if (state.phase === "approved" && state.itemsReplacedAt && event.validUntil === null) {
    return moved({
      phase: "replaced",
      copySid: state.copySid,
      itemsReplacedAt: state.itemsReplacedAt,
    });
  }
  return ignored(state, "duplicate", "Nothing changes for this request.");
}
