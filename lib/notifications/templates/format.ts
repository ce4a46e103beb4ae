/**
 * Dates and day counts as the mails write them, in the recipient's language and time zone: a
 * deadline late on 7 Dec UTC reads as 8 Dec in Berlin. English writes day-month-year
 * ("8 Dec 2026", en-GB), the others as Intl writes them ("8 déc. 2026", "2026年12月8日").
 */
import type { Locale } from "@/lib/i18n/locales";
import type { Words } from "./types";

const OPTIONS = {
  date: { day: "numeric", month: "short", year: "numeric" },
  time: { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZoneName: "short" },
  dateTime: {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** The Intl tag of a portal language: English mails write dates the British way. */
const intlTag = (locale: Locale) => (locale === "en" ? "en-GB" : locale);

// Building a formatter is the slow part; a digest formats many dates in one zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(kind: keyof typeof OPTIONS, timeZone: string, locale: Locale) {
  const key = `${kind} ${timeZone} ${locale}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(intlTag(locale), { ...OPTIONS[kind], timeZone });
    formatters.set(key, format);
  }
  return format;
}

function toDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a date: ${JSON.stringify(iso)}`);
  return date;
}

/** "8 Dec 2026", "8. Dez. 2026", "8 déc. 2026", "2026年12月8日". */
export function formatDate(iso: string, timeZone: string, locale: Locale): string {
  return formatter("date", timeZone, locale).format(toDate(iso));
}

/** "14:05 CET" (the runtime's short zone name in that language; "GMT+5:30" where it has none). */
export function formatTime(iso: string, timeZone: string, locale: Locale): string {
  return formatter("time", timeZone, locale).format(toDate(iso));
}

/** "8 Dec 2026, 14:05 CET", "2026年12月8日 14:05 GMT+1". */
export function formatDateTime(iso: string, timeZone: string, locale: Locale): string {
  return formatter("dateTime", timeZone, locale).format(toDate(iso));
}

/** "7 days left", "1 day left", "due now" (0), "3 days overdue", with each language's plurals. */
export function dueText({ t }: Words, daysLeft: number): string {
  if (daysLeft > 0) return t("due.left", { days: daysLeft });
  if (daysLeft === 0) return t("due.now");
  return t("due.overdue", { days: -daysLeft });
}

/** "Hello Ada," or "Hello,"; a blank name counts as none. */
export function greeting({ t }: Words, name: string | null): string {
  const trimmed = name?.trim();
  return trimmed ? t("layout.greeting", { name: trimmed }) : t("layout.greetingNoName");
}

/** Subjects are one line: no newlines from a name can reach the mail header. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
