/**
 * Dates and day counts as the mails write them: en-GB day-month-year ("8 Dec 2026") in the
 * recipient's time zone, so a deadline late on 7 Dec UTC reads as 8 Dec in Berlin.
 */

const OPTIONS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

// Building a formatter is the slow part; a digest formats many dates in one zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: keyof typeof OPTIONS, timeZone: string): Intl.DateTimeFormat {
  const key = `${kind} ${timeZone}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { ...OPTIONS[kind], timeZone });
    formatters.set(key, format);
  }
  return format;
}

function toDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`);
  return date;
}

/** "8 Dec 2026". */
export function formatDate(iso: string, timeZone: string): string {
  return formatter("date", timeZone).format(toDate(iso));
}

/** "14:05 CET" (the runtime's short zone name; "GMT+5:30" where English has none). */
export function formatTime(iso: string, timeZone: string): string {
  const parts = formatter("time", timeZone).formatToParts(toDate(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value;
  return `${part("hour")}:${part("minute")} ${part("timeZoneName")}`;
}

/** "8 Dec 2026, 14:05 CET". */
export function formatDateTime(iso: string, timeZone: string): string {
  return `${formatDate(iso, timeZone)}, ${formatTime(iso, timeZone)}`;
}

const days = (n: number) => (n === 1 ? "1 day" : `${n} days`);

/** "7 days left", "1 day left", "due now" (0), "3 days overdue". */
export function dueText(daysLeft: number): string {
  if (daysLeft > 0) return `${days(daysLeft)} left`;
  if (daysLeft === 0) return "due now";
  return `${days(-daysLeft)} overdue`;
}

/** "Hello Ada," or "Hello,"; a blank name counts as none. */
export function greeting(name: string | null): string {
  const trimmed = name?.trim();
  return trimmed ? `Hello ${trimmed},` : "Hello,";
}

/** Subjects are one line: no newlines from a name can reach the mail header. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
