/**
 * The customer's update request for one original Bundle, as data. Each phase carries exactly what
 * it needs; everything here is plain values so it can be stored, compared and unit-tested.
 * Twilio is the source of truth (reconcile.ts); these states are our best knowledge of it.
 */

export const PHASES = [
  "starting",
  "fixing",
  "ready",
  "submitted",
  "in_review",
  "rejected",
  "approved",
  "replaced",
  "done",
  "cancelled",
  "failed",
] as const;
export type Phase = (typeof PHASES)[number];

export const STEP_IDS = ["start", "fix", "check", "submit", "review", "finish", "done"] as const;
export type StepId = (typeof STEP_IDS)[number];

/** The latest Evaluation of the copy, reduced to what the workflow decides on. */
export interface EvaluationSummary {
  status: "compliant" | "noncompliant";
  /** Requirements that did not pass (0 when compliant). */
  failedCount: number;
  at: Date;
}

/** Twilio's review said no; reasons come from the status callback or the Supporting Documents. */
export interface Rejection {
  reasons: string[];
  at: Date;
}

export const FAILURE_REASONS = [
  "copy_missing",
  "copy_mismatch",
  "original_missing",
  "original_not_approved",
  "no_update_needed",
  "replace_unconfirmed",
  "record_inconsistent",
] as const;
export type FailureReason = (typeof FAILURE_REASONS)[number];

/** What the customer (or support) may do about a failure. Never taken automatically. */
export const RECOVERIES = ["start_over", "contact_support", "cancel"] as const;
export type Recovery = (typeof RECOVERIES)[number];

export interface Attention {
  reason: FailureReason;
  message: string;
  recovery: Recovery;
  /** The customer-facing step the request was at when the problem surfaced. */
  atStep: StepId;
}

/** Fields shared by the phases in which the copy is an editable draft (or twilio-rejected). */
interface Editable {
  copySid: string;
  /** Last time the customer changed an item of the copy; older evaluations no longer count. */
  itemsChangedAt: Date | null;
  /** Set while the copy is twilio-rejected: this is a resubmission round. */
  rejection: Rejection | null;
}

export type UpdateRequestState =
  | { phase: "starting" }
  | ({ phase: "fixing"; lastEvaluation: EvaluationSummary | null } & Editable)
  | ({ phase: "ready"; lastEvaluation: EvaluationSummary & { status: "compliant" } } & Editable)
  | { phase: "submitted"; copySid: string; submittedAt: Date | null }
  | { phase: "in_review"; copySid: string; submittedAt: Date | null }
  | { phase: "rejected"; copySid: string; rejection: Rejection; itemsChangedAt: Date | null }
  | {
      phase: "approved";
      copySid: string;
      /** When ReplaceItems returned success; the original is not yet confirmed cleared. */
      itemsReplacedAt: Date | null;
      /** Item assignments still on the copy, when observed (null = not fetched). */
      copyItemCount: number | null;
    }
  | { phase: "replaced"; copySid: string; itemsReplacedAt: Date }
  /** `itemsReplacedAt` kept as history: when the original's content last changed. */
  | { phase: "done"; copySid: string | null; itemsReplacedAt: Date | null }
  | { phase: "cancelled"; copySid: string | null }
  | {
      phase: "failed";
      copySid: string | null;
      attention: Attention;
      /** Kept when the items had already moved, so a later look can still finish or explain. */
      itemsReplacedAt: Date | null;
    };

export type StateOf<P extends Phase> = Extract<UpdateRequestState, { phase: P }>;

/**
 * An evaluation counts only if it is newer than the last item change and than the last rejection:
 * an edit (or a reviewer's "no") makes an earlier "compliant" meaningless.
 */
export function isCurrentEvaluation(
  evaluation: EvaluationSummary | null | undefined,
  since: { itemsChangedAt: Date | null; rejection: Rejection | null },
): evaluation is EvaluationSummary {
  if (!evaluation) return false;
  if (since.itemsChangedAt && evaluation.at.getTime() <= since.itemsChangedAt.getTime()) {
    return false;
  }
  if (since.rejection && evaluation.at.getTime() <= since.rejection.at.getTime()) return false;
  return true;
}

/** The newer of two evaluations (either may be missing). */
export function newerEvaluation(
  a: EvaluationSummary | null | undefined,
  b: EvaluationSummary | null | undefined,
): EvaluationSummary | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return b.at.getTime() > a.at.getTime() ? b : a;
}

/**
 * The draft-phase state for a copy, given what we know: ready only with a current compliant
 * evaluation; rejected while no evaluation has been made since the rejection; fixing otherwise.
 */
export function draftState(input: {
  copySid: string;
  evaluation: EvaluationSummary | null;
  itemsChangedAt: Date | null;
  rejection: Rejection | null;
}): StateOf<"fixing" | "ready" | "rejected"> {
  const { copySid, evaluation, itemsChangedAt, rejection } = input;
  if (
    isCurrentEvaluation(evaluation, { itemsChangedAt, rejection }) &&
    evaluation.status === "compliant"
  ) {
    return {
      phase: "ready",
      copySid,
      lastEvaluation: { ...evaluation, status: "compliant" },
      itemsChangedAt,
      rejection,
    };
  }
  // "rejected" until the customer has checked the copy again since the reviewer's answer.
  const checkedSinceRejection =
    evaluation !== null && (!rejection || evaluation.at.getTime() > rejection.at.getTime());
  if (rejection && !checkedSinceRejection) {
    return { phase: "rejected", copySid, rejection, itemsChangedAt };
  }
  return { phase: "fixing", copySid, lastEvaluation: evaluation, itemsChangedAt, rejection };
}

export function copySidOf(state: UpdateRequestState): string | null {
  return state.phase === "starting" ? null : state.copySid;
}
