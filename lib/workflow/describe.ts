import { isCurrentEvaluation, type UpdateRequestState } from "./states";

/**
 * What the customer is told, in plain words and truthfully (product anchor 13): "up to date" only
 * once the update is applied, the deadline is confirmed cleared AND the working copy is removed
 * (phase done). No vendor terms beyond "review".
 */
export interface Description {
  headline: string;
  detail: string;
  /** action: the customer has something to do; waiting: nothing to do; problem: needs attention. */
  tone: "action" | "waiting" | "success" | "problem" | "neutral";
}

const REVIEW_WAIT = "Twilio is reviewing — usually within 1 business day; nothing for you to do.";
const STILL_ACTIVE = "Your current details stay active and your phone numbers keep working.";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function reasonsText(reasons: readonly string[]): string {
  return reasons.length > 0
    ? `The reviewer said: ${reasons.map((r) => r.trim().replace(/[.!?]+$/, "")).join("; ")}.`
    : "What the reviewer asked for is shown with each item below.";
}

export interface DescribeShown {
  /** How many form sections the page shows (the headline counts those when known). */
  sectionsToFix?: number | undefined;
  /** The reviewer's reasons no section shows (each reason is said in one place only). */
  reasons?: readonly string[] | undefined;
}

/**
 * `sectionsToFix`: how many form sections the page shows. The headline counts those when known,
 * since one document can fail several of Twilio's requirements at once.
 */
export function describe(state: UpdateRequestState, shown: DescribeShown = {}): Description {
  switch (state.phase) {
    case "starting":
      return {
        headline: "Update not started",
        detail: `We'll make a private working copy of your details for you to update. ${STILL_ACTIVE}`,
        tone: "action",
      };
    case "fixing": {
      const current = isCurrentEvaluation(state.lastEvaluation, state)
        ? state.lastEvaluation
        : null;
      const review = state.rejection
        ? ` ${reasonsText(shown.reasons ?? state.rejection.reasons)}`
        : "";
      return current
        ? {
            headline: `${plural(shown.sectionsToFix || current.failedCount, "item needs", "items need")} your attention`,
            detail: `Fill in or correct what's marked below, and save each section; what you save is kept.${review} ${STILL_ACTIVE}`,
            tone: "action",
          }
        : {
            headline: "Checking your details",
            detail: `We're checking your details against the current requirements. ${STILL_ACTIVE}`,
            tone: "waiting",
          };
    }
    case "ready":
      return {
        headline: "Ready to submit",
        detail:
          "Everything required is filled in. Look over your changes, then submit them for review.",
        tone: "action",
      };
    case "submitted":
    case "in_review":
      return {
        headline: "Submitted for review",
        detail: `${REVIEW_WAIT} We'll let you know when it's done. ${STILL_ACTIVE}`,
        tone: "waiting",
      };
    case "rejected":
      return {
        headline: "Changes needed",
        detail: `Twilio reviewed your update and asked for changes. ${reasonsText(shown.reasons ?? state.rejection.reasons)} Fix them, then submit again. ${STILL_ACTIVE}`,
        tone: "action",
      };
    case "approved":
      return {
        headline: "Approved — applying your update",
        detail:
          "Twilio approved your update. We're now putting it in place of your current details; " +
          "nothing for you to do.",
        tone: "waiting",
      };
    case "replaced":
      return {
        headline: "Almost finished",
        detail:
          "Your new details are in place and the deadline is cleared. We're removing the working " +
          "copy; nothing for you to do.",
        tone: "waiting",
      };
    case "done":
      return {
        headline: "Up to date",
        detail: "Your updated details are approved and in use. Nothing else to do.",
        tone: "success",
      };
    case "cancelled":
      return {
        headline: "Update cancelled",
        detail:
          "Nothing was changed. Your current details still need updating before their deadline.",
        tone: "neutral",
      };
    case "failed":
      return {
        headline:
          state.attention.recovery === "contact_support"
            ? "Paused — we're on it"
            : "This update needs your attention",
        detail: state.attention.message,
        tone: "problem",
      };
  }
}
