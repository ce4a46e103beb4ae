import type { BundleStatus } from "@/lib/domain/types";
import { failedFrom } from "./attention";
import { nextActionFor, type NextAction } from "./next-action";
import type { StoredRequest } from "./schema";
import {
  draftState,
  newerEvaluation,
  type EvaluationSummary,
  type UpdateRequestState,
} from "./states";
import { fromStored, progressDiffers, toStored } from "./stored";

/**
 * How long the original may still show a valid_until after ReplaceItems emptied the copy before
 * we stop waiting and ask a person to look (Twilio may take a moment to clear it).
 */
export const REPLACE_CONFIRM_GRACE_MS = 15 * 60 * 1000;

interface BundleView {
  sid: string;
  status: BundleStatus;
  validUntil: Date | null;
}

/** What the app just read from Twilio. Leave optional fields out when they weren't fetched. */
export interface TwilioView {
  /** null: Twilio answered 404 for the original. */
  original: BundleView | null;
  /**
   * The request's copy, or null when Twilio answered 404. With no copySid recorded, pass the
   * original's copy from `GET Bundles/{original}/Copies` made after the request was created
   * (a crash between the create and our write), so it is adopted instead of duplicated.
   */
  copy: BundleView | null;
  /** Item Assignments on the copy. Pass it whenever the copy is twilio-approved. */
  copyItemCount?: number;
  /** The copy's latest Evaluation; the newer of this and the recorded one is used. */
  lastEvaluation?: EvaluationSummary | null;
  /** The failure reasons on the copy's Supporting Documents, when it is twilio-rejected. */
  rejectionReasons?: string[];
}

export interface Reconciled {
  state: UpdateRequestState;
  next: NextAction;
  /** Whether the row must be written (toStored(state) differs from it). */
  changed: boolean;
}

/** The true state of a request, derived from Twilio's data; our row only fills in history. */
export function reconcile(
  request: StoredRequest,
  twilio: TwilioView,
  now = new Date(),
): Reconciled {
  const state = derive(request, fromStored(request), twilio, now);
  return { state, next: nextActionFor(state), changed: progressDiffers(request, toStored(state)) };
}

function derive(
  request: StoredRequest,
  before: UpdateRequestState,
  twilio: TwilioView,
  now: Date,
): UpdateRequestState {
  // Both are our own decisions (finished, or the customer stopped): Twilio can't undo them.
  if (before.phase === "done" || before.phase === "cancelled") return before;

  const { original, copy } = twilio;
  if (!original) return failedFrom(before, "original_missing");
  if (original.sid !== request.originalSid) return failedFrom(before, "record_inconsistent");

  const copySid = request.copySid ?? copy?.sid ?? null;
  if (copy && copy.sid !== copySid) return failedFrom(before, "copy_mismatch");

  if (!copySid) {
    if (original.status !== "twilio-approved") return failedFrom(before, "original_not_approved");
    if (original.validUntil === null) return failedFrom(before, "no_update_needed");
    return { phase: "starting" };
  }

  if (!copy) {
    // The copy is gone. That is the end of a finished update, or a loss we never paper over.
    if (before.phase === "replaced")
      return { phase: "done", copySid, itemsReplacedAt: before.itemsReplacedAt };
    const movedAt = request.itemsReplacedAt;
    if (movedAt && original.status === "twilio-approved" && original.validUntil === null) {
      return { phase: "done", copySid, itemsReplacedAt: movedAt };
    }
    if (original.status !== "twilio-approved") return failedFrom(before, "original_not_approved");
    return failedFrom(before, movedAt ? "replace_unconfirmed" : "copy_missing");
  }

  if (original.status !== "twilio-approved") {
    return failedFrom(before, "original_not_approved", { copySid });
  }

  const evaluation = newerEvaluation(request.lastEvaluation, twilio.lastEvaluation);
  switch (copy.status) {
    case "draft":
      return draftState({
        copySid,
        evaluation,
        itemsChangedAt: request.itemsChangedAt,
        rejection: null,
      });
    case "twilio-rejected":
      return draftState({
        copySid,
        evaluation,
        itemsChangedAt: request.itemsChangedAt,
        rejection: {
          reasons: twilio.rejectionReasons ?? request.rejection?.reasons ?? [],
          at: request.rejection?.at ?? now,
        },
      });
    case "pending-review":
      return { phase: "submitted", copySid, submittedAt: request.submittedAt };
    case "in-review":
    case "provisionally-approved":
      return { phase: "in_review", copySid, submittedAt: request.submittedAt };
    case "twilio-approved":
      return approvedState(request, before, { copySid, original, twilio, now });
  }
}

/**
 * The copy is twilio-approved. ReplaceItems moves the items, so the copy's item count tells
 * whether it happened: items left → replace (again); none left → confirm the original is
 * cleared, then delete the copy. Unknown count and no recorded replace → count first, because a
 * ReplaceItems from an empty copy would strip the original.
 */
function approvedState(
  request: StoredRequest,
  before: UpdateRequestState,
  ctx: { copySid: string; original: BundleView; twilio: TwilioView; now: Date },
): UpdateRequestState {
  const { copySid, original, now } = ctx;
  const count = ctx.twilio.copyItemCount ?? null;
  if (count !== null && count > 0) {
    return { phase: "approved", copySid, itemsReplacedAt: null, copyItemCount: count };
  }
  const recorded = request.itemsReplacedAt;
  if (count === null && !recorded) {
    return { phase: "approved", copySid, itemsReplacedAt: null, copyItemCount: null };
  }
  const movedAt = recorded ?? now;
  if (original.validUntil === null) return { phase: "replaced", copySid, itemsReplacedAt: movedAt };
  if (now.getTime() - movedAt.getTime() > REPLACE_CONFIRM_GRACE_MS) {
    return failedFrom(before, "replace_unconfirmed", { copySid, itemsReplacedAt: movedAt });
  }
  return { phase: "approved", copySid, itemsReplacedAt: movedAt, copyItemCount: count };
}
