import { differenceInCalendarDays, format } from "date-fns";

export type DeadlineTone = "none" | "ok" | "soon" | "overdue";

export interface DeadlineView {
  /** The words to show; they carry the meaning on their own (never colour alone). */
  label: string;
  /** What the words say, for a catalog (messages/<locale>/Deadline.json): kind and whole days. */
  kind: "none" | "overdue" | "today" | "left";
  days: number;
  /** The deadline as a date, or null when there is none. */
  date: string | null;
  iso: string | null;
  tone: DeadlineTone;
}

const SOON_DAYS = 30;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** How a Bundle's `valid_until` reads to a customer, relative to `now`. */
export function describeDeadline(validUntil: Date | null, now: Date = new Date()): DeadlineView {
  if (!validUntil)
    return { label: "No deadline", kind: "none", days: 0, date: null, iso: null, tone: "none" };
  const days = differenceInCalendarDays(validUntil, now);
  const date = format(validUntil, "d MMM yyyy");
  const iso = validUntil.toISOString();
  if (days < 0)
    return {
      label: `Overdue by ${plural(-days, "day")}`,
      kind: "overdue",
      days: -days,
      date,
      iso,
      tone: "overdue",
    };
  if (days === 0) return { label: "Due today", kind: "today", days: 0, date, iso, tone: "soon" };
  return {
    label: `${plural(days, "day")} left`,
    kind: "left",
    days,
    date,
    iso,
    tone: days <= SOON_DAYS ? "soon" : "ok",
  };
}
