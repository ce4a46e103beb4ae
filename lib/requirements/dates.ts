/**
 * Dates as the customer reads them (issue 16). Twilio is sent and stores ISO 8601 (YYYY-MM-DD);
 * what the customer sees — the review, a value shown read-only, a hint — is written the way the
 * language writes dates ("31. Januar 1980", "1980年1月31日"), through Intl, in UTC so a date never
 * moves a day. Anything that is not a real ISO date is shown as it is.
 */
import { isRealDate } from "./text";

export function showDate(value: string, locale: string): string {
  const iso = value.trim();
  if (!isRealDate(iso)) return value;
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" }).format(date);
}
