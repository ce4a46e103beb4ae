/**
 * Words for the worklist's columns: an update request's phase, and a Regulation's country,
 * number type and end-user type, in the customer's language (messages/<locale>/Worklist.json).
 * The step a phase is at comes from lib/workflow's STEPS, so the worklist and the update page
 * count the steps alike.
 */
import { STEPS, type Phase, type StepId } from "@/lib/workflow";
import type { EndUserType } from "@/lib/domain/types";
import type { Translator } from "@/lib/i18n/translator";

export type ProgressTone = "action" | "waiting" | "problem";

export interface ProgressLabel {
  label: string;
  tone: ProgressTone;
  /** "Step 2 of 7", counted as the update page's progress counts (Done included); null when none. */
  step: string | null;
}

type T = Translator<"Worklist">;
type ProgressKey =
  "starting" | "fixing" | "ready" | "inReview" | "rejected" | "approved" | "failed";

const PHASE_LABELS: Record<
  Phase,
  { key: ProgressKey; tone: ProgressTone; at: StepId | null } | null
> = {
  starting: { key: "starting", tone: "action", at: "start" },
  fixing: { key: "fixing", tone: "action", at: "fix" },
  ready: { key: "ready", tone: "action", at: "submit" },
  submitted: { key: "inReview", tone: "waiting", at: "review" },
  in_review: { key: "inReview", tone: "waiting", at: "review" },
  rejected: { key: "rejected", tone: "problem", at: "fix" },
  approved: { key: "approved", tone: "waiting", at: "finish" },
  replaced: { key: "approved", tone: "waiting", at: "finish" },
  failed: { key: "failed", tone: "problem", at: null },
  done: null,
  cancelled: null,
};

/** An update that is with Twilio (review) or finishing by itself: nothing for the customer to do. */
export function isWaitingOnTwilio(phase: Phase): boolean {
  return PHASE_LABELS[phase]?.tone === "waiting";
}

/**
 * How an open update request reads in the worklist; null for closed ones (done, cancelled). The
 * step is named as the update page names it (`steps`: its progress titles), so the two agree.
 */
export function progressLabel(
  phase: Phase,
  t: T,
  steps: Translator<"UpdateStatus">,
): ProgressLabel | null {
  const entry = PHASE_LABELS[phase];
  if (!entry) return null;
  // The same count as the update page's progress (issue 15: the worklist said 6 where it shows 7).
  const step = entry.at
    ? t("progress.step", {
        number: STEPS.findIndex((s) => s.id === entry.at) + 1,
        total: STEPS.length,
      })
    : null;
  const label = entry.at
    ? t(`progress.${entry.key}`, { step: steps(`steps.${entry.at}.title`) })
    : t(`progress.${entry.key}`);
  return { label, tone: entry.tone, step };
}

export { countryName } from "@/lib/format/country";

const NUMBER_TYPES = {
  local: "local",
  mobile: "mobile",
  national: "national",
  "toll-free": "tollFree",
  tollfree: "tollFree",
} as const;

/**
 * A Regulation's number type in the customer's words; one the catalogs do not know reads as
 * Twilio wrote it (`fromTwilio`: the caller marks it lang="en").
 */
export function numberTypeLabel(type: string, t: T): { text: string; fromTwilio: boolean } {
  if (Object.hasOwn(NUMBER_TYPES, type))
    return {
      text: t(`numberType.${NUMBER_TYPES[type as keyof typeof NUMBER_TYPES]}`),
      fromTwilio: false,
    };
  const words = type.replace(/[-_]+/g, " ").trim();
  return words
    ? { text: words[0]!.toUpperCase() + words.slice(1), fromTwilio: true }
    : { text: t("numberType.unknown"), fromTwilio: false };
}

export function endUserTypeLabel(type: EndUserType, t: T): string {
  return type === "business" ? t("endUserType.business") : t("endUserType.individual");
}
