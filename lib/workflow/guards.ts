import type { BundleStatus } from "@/lib/domain/types";
import type { MessageKey } from "@/lib/errors";
import type { UpdateRequestState } from "./states";

/**
 * Whether a Bundle can be updated through a copy: Twilio copies only an approved Bundle with a
 * `valid_until` (22223). The worklist, the Bundle page, the update page and Start all ask this.
 */
export function needsUpdate(bundle: { status: BundleStatus; validUntil: Date | null }): boolean {
  return bundle.status === "twilio-approved" && bundle.validUntil !== null;
}

/**
 * Checks the server actions run on a freshly reconciled state BEFORE calling Twilio. They encode
 * the rules that protect the customer's data (DESIGN.md): one copy per request, edits only while
 * the copy is editable, submit only after a current compliant check, ReplaceItems only from an
 * approved copy with items, delete only after the replace is confirmed.
 */
export type GuardResult =
  | { ok: true }
  | { ok: false; code: "conflict:update_request"; message: string; messageKey?: MessageKey };

const COPY_KEPT =
  "The working copy is kept until your update has been applied and confirmed, so nothing " +
  "you entered can be lost.";

const allow: GuardResult = { ok: true };
const refuse = (message: string): GuardResult => {
  // The same words in the reader's language: messages/<locale>/Errors.json `guards` (issue 16).
  const key = GUARD_KEYS[message];
  return {
    ok: false,
    code: "conflict:update_request",
    message,
    ...(key ? { messageKey: { key: `guards.${key}` } } : {}),
  };
};

/** Each refusal below, by its key in the catalog (a failed request's own message has none). */
const GUARD_KEYS: Record<string, string> = {
  "This update hasn't started yet.": "notStarted",
  "Some required details are still missing or haven't been checked yet.": "detailsMissing",
  "Your update hasn't been submitted for review yet.": "notSubmitted",
  "Twilio asked for changes to your update. Fix them and submit it again first.": "changesAsked",
  "Twilio is reviewing your update, so it can't be changed right now.": "inReview",
  "Your update is approved and is being applied, so it can't be changed anymore.": "approved",
  "Your update has been applied; we're finishing a last clean-up step.": "replaced",
  "This update is finished.": "done",
  "This update was cancelled.": "cancelled",
  "This update is closed. Start over to make a new one.": "closed",
  "This update has already started, so there is nothing new to create.": "started",
  "Your update has already been submitted.": "alreadySubmitted",
  "Your update has already been applied.": "alreadyApplied",
  "An update can only be applied after Twilio approves it.": "notApproved",
  "Your update has been applied; we're confirming it.": "confirming",
  "We need to check the approved update's contents before applying it.": "checkContents",
  "The approved update has nothing left to apply; we're confirming it.": "nothingLeft",
  "The working copy has already been removed.": "copyRemoved",
  "Twilio is reviewing your update, so it can't be cancelled right now.": "noCancelInReview",
  [COPY_KEPT]: "copyKept",
};

/** Why nothing can be done right now, in the customer's words; shared by the guards below. */
function blocked(state: UpdateRequestState): string {
  switch (state.phase) {
    case "starting":
      return "This update hasn't started yet.";
    case "fixing":
      return "Some required details are still missing or haven't been checked yet.";
    case "ready":
      return "Your update hasn't been submitted for review yet.";
    case "rejected":
      return "Twilio asked for changes to your update. Fix them and submit it again first.";
    case "submitted":
    case "in_review":
      return "Twilio is reviewing your update, so it can't be changed right now.";
    case "approved":
      return "Your update is approved and is being applied, so it can't be changed anymore.";
    case "replaced":
      return "Your update has been applied; we're finishing a last clean-up step.";
    case "done":
      return "This update is finished.";
    case "cancelled":
      return "This update was cancelled.";
    case "failed":
      return state.attention.message;
  }
}

export function canCreateCopy(state: UpdateRequestState): GuardResult {
  if (state.phase === "starting") return allow;
  if (state.phase === "cancelled" || state.phase === "failed") {
    return refuse("This update is closed. Start over to make a new one.");
  }
  return refuse("This update has already started, so there is nothing new to create.");
}

export function canEdit(state: UpdateRequestState): GuardResult {
  return state.phase === "fixing" || state.phase === "ready" || state.phase === "rejected"
    ? allow
    : refuse(blocked(state));
}

/** Ready implies a current compliant evaluation and a copy that is draft or twilio-rejected. */
export function canSubmit(state: UpdateRequestState): GuardResult {
  if (state.phase === "ready" && state.lastEvaluation.status === "compliant") return allow;
  if (state.phase === "submitted" || state.phase === "in_review") {
    return refuse("Your update has already been submitted.");
  }
  return refuse(blocked(state));
}

export function canReplace(state: UpdateRequestState): GuardResult {
  if (state.phase !== "approved") {
    return refuse(
      state.phase === "replaced" || state.phase === "done"
        ? "Your update has already been applied."
        : "An update can only be applied after Twilio approves it.",
    );
  }
  if (state.itemsReplacedAt) return refuse("Your update has been applied; we're confirming it.");
  if (state.copyItemCount === null) {
    return refuse("We need to check the approved update's contents before applying it.");
  }
  if (state.copyItemCount === 0) {
    return refuse("The approved update has nothing left to apply; we're confirming it.");
  }
  return allow;
}

/** Only after ReplaceItems succeeded AND the original showed no valid_until (phase replaced). */
export function canDeleteCopy(state: UpdateRequestState): GuardResult {
  if (state.phase === "replaced") return allow;
  if (state.phase === "done") return refuse("The working copy has already been removed.");
  return refuse(COPY_KEPT);
}

/** Before review, or to close a request that needs attention; never during review or after approval. */
export function canCancel(state: UpdateRequestState): GuardResult {
  switch (state.phase) {
    case "starting":
    case "fixing":
    case "ready":
    case "rejected":
    case "failed":
      return allow;
    case "submitted":
    case "in_review":
      return refuse("Twilio is reviewing your update, so it can't be cancelled right now.");
    default:
      return refuse(blocked(state));
  }
}
