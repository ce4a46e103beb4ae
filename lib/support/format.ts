/**
 * "12 Mar 2026, 14:05 UTC", "12.03.2026, 14:05 UTC", "2026/03/12 14:05 UTC": an instant in the
 * reader's language but always in UTC, so staff and customer quote the same time (as
 * lib/format/utc.ts does in English). English keeps the British day-month order the portal uses.
 */
export function formatUtcIn(locale: string, date: Date, withSeconds = false): string {
  return `${new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    dateStyle: "medium",
    timeStyle: withSeconds ? "medium" : "short",
    timeZone: "UTC",
  }).format(date)} UTC`;
}

/** "12 Mar 2026", "12. März 2026", "2026年3月12日": a day in the reader's language, in UTC. */
export function formatDayIn(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}
