/**
 * "3 Bundles need action — the soonest is due in 7 days": the line at the top of the worklist.
 * Twilio's list has no total count, so this is counted from the first page of each needs-action
 * query only, and says "more than" when a query has further pages (never a guessed total).
 */
import { differenceInCalendarDays } from "date-fns";
import type { Bundle } from "@/lib/domain/types";

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

const withTwilio = (n: number) =>
  n === 0 ? "" : ` ${n === 1 ? "1 more is" : `${n} more are`} with Twilio for review.`;

const bundles = (n: number) => `${n} Bundle${n === 1 ? "" : "s"}`;
const days = (n: number) => `${n} day${n === 1 ? "" : "s"}`;

export function summaryText(summary: WorklistSummary, now: Date): string {
  return mainText(summary, now) + withTwilio(summary.waiting);
}

function mainText(summary: WorklistSummary, now: Date): string {
  if (summary.count === 0) return "Nothing needs action right now.";
  const head = summary.exact
    ? `${bundles(summary.count)} ${summary.count === 1 ? "needs" : "need"} action`
    : `More than ${bundles(summary.count)} need action`;
  const due =
    summary.nextDue === null
      ? null
      : differenceInCalendarDays(summary.nextDue, now) === 0
        ? "due today"
        : `due in ${days(differenceInCalendarDays(summary.nextDue, now))}`;
  if (summary.overdue > 0) {
    const n = summary.overdueExact ? String(summary.overdue) : `more than ${summary.overdue}`;
    const verb = summary.overdue === 1 && summary.overdueExact ? "is" : "are";
    return due
      ? `${head} — ${n} ${verb} overdue, the next is ${due}.`
      : `${head} — ${n} ${verb} overdue.`;
  }
  if (due) return `${head} — the soonest is ${due}.`;
  return `${head} — Twilio rejected ${summary.count === 1 ? "it" : "them"}.`;
}
