import type { Translator } from "@/lib/i18n/translator";
import { isCurrentEvaluation, type UpdateRequestState } from "./states";

/**
 * What the customer is told, in plain words and truthfully (product anchor 13): "up to date" only
 * once the update is applied, the deadline is confirmed cleared AND the working copy is removed
 * (phase done). No vendor terms beyond "review". The words are the catalog's (UpdateStatus), in
 * the customer's language.
 */
export interface Description {
  headline: string;
  detail: string;
  /** action: the customer has something to do; waiting: nothing to do; problem: needs attention. */
  tone: "action" | "waiting" | "success" | "problem" | "neutral";
  /**
   * Parts of `detail` quoted as Twilio sent them (the reviewer's reasons, in English): the page
   * marks them lang="en" inside the customer's language.
   */
  quoted?: readonly string[];
}

export interface DescribeShown {
  /** How many form sections the page shows (the headline counts those when known). */
  sectionsToFix?: number | undefined;
  /** The reviewer's reasons no section shows (each reason is said in one place only). */
  reasons?: readonly string[] | undefined;
}

/** A reviewer's reason as quoted: trimmed, without its own full stop (the sentence adds one). */
const cleanReason = (r: string) => r.trim().replace(/[.!?]+$/, "");

/**
 * `sectionsToFix`: how many form sections the page shows. The headline counts those when known,
 * since one document can fail several of Twilio's requirements at once.
 */
export function describe(
  state: UpdateRequestState,
  t: Translator<"UpdateStatus">,
  shown: DescribeShown = {},
): Description {
  const stillActive = t("stillActive");
  const reviewer = (reasons: readonly string[]) => {
    const quoted = reasons.map(cleanReason).filter(Boolean);
    return quoted.length > 0
      ? { text: t("reviewerSaid", { reasons: quoted.join("; ") }), quoted }
      : { text: t("reviewerShownBelow"), quoted: [] };
  };
  switch (state.phase) {
    case "starting":
      return {
        headline: t("starting.headline"),
        detail: t("starting.detail", { stillActive }),
        tone: "action",
      };
    case "fixing": {
      const current = isCurrentEvaluation(state.lastEvaluation, state)
        ? state.lastEvaluation
        : null;
      if (!current)
        return {
          headline: t("checking.headline"),
          detail: t("checking.detail", { stillActive }),
          tone: "waiting",
        };
      const headline = t("fixing.headline", {
        count: shown.sectionsToFix || current.failedCount,
      });
      if (!state.rejection)
        return { headline, detail: t("fixing.detail", { stillActive }), tone: "action" };
      const said = reviewer(shown.reasons ?? state.rejection.reasons);
      return {
        headline,
        detail: t("fixing.detailReviewed", { reviewer: said.text, stillActive }),
        tone: "action",
        quoted: said.quoted,
      };
    }
    case "ready":
      return { headline: t("ready.headline"), detail: t("ready.detail"), tone: "action" };
    case "submitted":
    case "in_review":
      return {
        headline: t("submitted.headline"),
        detail: t("submitted.detail", { reviewWait: t("reviewWait"), stillActive }),
        tone: "waiting",
      };
    case "rejected": {
      const said = reviewer(shown.reasons ?? state.rejection.reasons);
      return {
        headline: t("rejected.headline"),
        detail: t("rejected.detail", { reviewer: said.text, stillActive }),
        tone: "action",
        quoted: said.quoted,
      };
    }
    case "approved":
      return { headline: t("approved.headline"), detail: t("approved.detail"), tone: "waiting" };
    case "replaced":
      return { headline: t("replaced.headline"), detail: t("replaced.detail"), tone: "waiting" };
    case "done":
      return { headline: t("done.headline"), detail: t("done.detail"), tone: "success" };
    case "cancelled":
      return { headline: t("cancelled.headline"), detail: t("cancelled.detail"), tone: "neutral" };
    case "failed":
      return {
        headline:
          state.attention.recovery === "contact_support"
            ? t("failed.headlineSupport")
            : t("failed.headline"),
        detail: t(`attention.${state.attention.reason}`),
        tone: "problem",
      };
  }
}
