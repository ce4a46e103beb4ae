/** numbers.twilio.com: ISO 8601 UTC without milliseconds, e.g. 2019-07-30T22:29:24Z. */
export function isoDate(ms: number | null): string | null {
  if (ms === null) return null;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** api.twilio.com (2010-04-01): RFC 2822, e.g. "Tue, 18 Aug 2015 17:07:30 +0000". */
export function rfc2822Date(ms: number): string {
  const d = new Date(ms);
  const days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${days[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} +0000`;
}

/** Parses the date-time values Twilio accepts in filters (ISO 8601, date or date-time). */
export function parseDateParam(value: string): number | null {
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

export const DAY_MS = 24 * 60 * 60 * 1000;
