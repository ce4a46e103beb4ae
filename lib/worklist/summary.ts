/**
 * "3 Bundles need action — the soonest is due in 7 days": the line at the top of the worklist.
 * Twilio's list has no total count, so this is counted from the first page of each needs-action
 * query only, and says "more than" when a query has further pages (never a guessed total).
 */
import { differenceInCalendarDays } from "date-fns";
import type { Bundle } from "@/lib/domain/types";
import type { Translator } from "@/lib/i18n/translator";

export interface NeedsActionSample {
  /** Bundles with a deadline, soonest first (one page). */
  deadlines: Bundle[];
  moreDeadlines: boolean;
  /** Rejected Bundles without a deadline (one page). */
  rejected: Bundle[];
  moreRejected: boolean;
}

export interface WorklistSummary {
  /** Bundles needing action; a lower bound when `exact` is false. */
  count: number;
  exact: boolean;
  overdue: number;
  overdueExact: boolean;
  /** The earliest deadline that is not yet overdue, or null when none is seen. */
  nextDue: Date | null;
  /** Bundles left out of `count` because their update is with Twilio (in review, finishing). */
  waiting: number;
}

export function summarize(sample: NeedsActionSample, now: Date, waiting = 0): WorklistSummary {
  const isOverdue = (b: Bundle) =>
    b.validUntil !== null && differenceInCalendarDays(b.validUntil, now) < 0;
  const overdue = sample.deadlines.filter(isOverdue).length;
  // Soonest first: once one deadline on the page is not overdue, no later page holds an overdue one.
  const overdueExact = !sample.moreDeadlines || overdue < sample.deadlines.length;
  const nextDue = sample.deadlines
    .filter((b) => !isOverdue(b))
    .map((b) => b.validUntil)
    .filter((d): d is Date => d !== null)
    .reduce<Date | null>((min, d) => (min === null || d < min ? d : min), null);
  return {
    count: sample.deadlines.length + sample.rejected.length,
    exact: !sample.moreDeadlines && !sample.moreRejected,
    overdue,
    overdueExact,
    nextDue,
    waiting,
  };
}

/**
 * The line in the customer's language (messages/<locale>/Worklist.json `summary`), with each
 * language's plurals: "4 Bundles need action — 1 is overdue, the next is due in 7 days."
 */
export function summaryText(
  summary: WorklistSummary,
  now: Date,
  t: Translator<"Worklist">,
): string {
  const main = mainText(summary, now, t);
  return summary.waiting === 0
    ? main
    : `${main} ${t("summary.waiting", { count: summary.waiting })}`;
}

function mainText(summary: WorklistSummary, now: Date, t: Translator<"Worklist">): string {
  if (summary.count === 0) return t("summary.nothing");
  const head = summary.exact
    ? t("summary.head", { count: summary.count })
    : t("summary.headMore", { count: summary.count });
  const days = summary.nextDue === null ? null : differenceInCalendarDays(summary.nextDue, now);
  if (summary.overdue > 0) {
    const overdue = summary.overdueExact
      ? t("summary.overdue", { count: summary.overdue })
      : t("summary.overdueMore", { count: summary.overdue });
    if (days === null) return t("summary.sentence", { head, tail: overdue });
    const next = days === 0 ? t("summary.nextToday") : t("summary.nextIn", { days });
    return t("summary.sentenceOverdue", { head, overdue, next });
  }
  if (days !== null) {
    const tail = days === 0 ? t("summary.soonestToday") : t("summary.soonestIn", { days });
    return t("summary.sentence", { head, tail });
  }
  return t("summary.sentence", { head, tail: t("summary.rejected", { count: summary.count }) });
}
