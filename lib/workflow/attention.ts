import {
  copySidOf,
  type Attention,
  type FailureReason,
  type Recovery,
  type StateOf,
  type StepId,
  type UpdateRequestState,
} from "./states";
import { stepOf } from "./steps";

/**
 * Plain-language explanations of each failure, and the one recovery offered for it. Recovery is
 * always a person's explicit choice: a vanished copy is never silently recreated (a new copy would
 * throw away whatever the customer had entered and could leave two copies in review).
 */
const FAILURES: Record<FailureReason, { message: string; recovery: Recovery }> = {
  copy_missing: {
    message:
      "The working copy of your update was removed outside this portal before it was applied, " +
      "so this update can't be finished. Your current details are unchanged. Start over to " +
      "make a new update.",
    recovery: "start_over",
  },
  copy_mismatch: {
    message:
      "Twilio shows a different working copy than the one this update was made with. We've " +
      "stopped here so nothing is applied by mistake. Our support team can sort this out.",
    recovery: "contact_support",
  },
  original_missing: {
    message:
      "The details this update was meant to renew can no longer be found in your account. " +
      "Nothing was changed. Our support team can help you find out what happened.",
    recovery: "contact_support",
  },
  original_not_approved: {
    message:
      "Your current details are no longer approved, so an update can't be applied to them. " +
      "Nothing for you to do here — our support team will help you get your numbers covered.",
    recovery: "contact_support",
  },
  no_update_needed: {
    message: "These details have no renewal deadline, so there is nothing to update.",
    recovery: "cancel",
  },
  replace_unconfirmed: {
    message:
      "Your approved update was applied, but Twilio still shows a renewal deadline on your " +
      "details. Nothing for you to do — our support team is checking it.",
    recovery: "contact_support",
  },
  record_inconsistent: {
    message:
      "We couldn't match this update with what Twilio shows, so we've paused it. Nothing was " +
      "changed. Our support team can sort this out.",
    recovery: "contact_support",
  },
};

export function attentionFor(reason: FailureReason, atStep: StepId): Attention {
  const { message, recovery } = FAILURES[reason];
  return { reason, message, recovery, atStep };
}

/** The failed state reached from `from`, remembering the step where the problem surfaced. */
export function failedFrom(
  from: UpdateRequestState,
  reason: FailureReason,
  keep: { copySid?: string | null; itemsReplacedAt?: Date | null } = {},
): StateOf<"failed"> {
  const itemsReplacedAt =
    from.phase === "approved" || from.phase === "replaced" || from.phase === "failed"
      ? from.itemsReplacedAt
      : null;
  return {
    phase: "failed",
    copySid: keep.copySid === undefined ? copySidOf(from) : keep.copySid,
    attention: attentionFor(reason, stepOf(from).current ?? "start"),
    itemsReplacedAt: keep.itemsReplacedAt === undefined ? itemsReplacedAt : keep.itemsReplacedAt,
  };
}
