/**
 * When reminders go out, as pure functions: which threshold of the cadence a deadline is in
 * (30, 14, 7, 3, 1 days before by default; 0 once overdue), and whether it is reminder time in
 * the account's zone (from 09:00 local, so nobody is mailed at midnight UTC).
 */
const DAY_MS = 86_400_000;
export const DEFAULT_CADENCE = [30, 14, 7, 3, 1] as const;
export const OVERDUE = 0;
/** Reminders are sent from this local hour on. */
export const SEND_FROM_HOUR = 9;

/** Whole days left, rounded up: 6 days and 1 hour is "7 days left"; past the deadline ≤ 0. */
export function daysLeft(validUntil: Date, now: Date): number {
  return Math.ceil((validUntil.getTime() - now.getTime()) / DAY_MS);
}

/**
 * The threshold a deadline is in now: the smallest cadence day ≥ days left; OVERDUE (0) once
 * the deadline has passed; null when it is further away than the cadence reaches.
 */
export function thresholdFor(
  validUntil: Date,
  now: Date,
  cadence: readonly number[] = DEFAULT_CADENCE,
): number | null {
  const left = daysLeft(validUntil, now);
  if (left <= 0) return OVERDUE;
  const within = cadence.filter((d) => d >= left);
  return within.length ? Math.min(...within) : null;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The hour (0–23) it is in `zone` at `now`. */
export function localHour(now: Date, zone: string): number {
  const hour = new Intl.DateTimeFormat("en-GB", {
    timeZone: zone,
    hour: "2-digit",
    hourCycle: "h23",
  }).format(now);
  return Number(hour);
}

export function isReminderTime(now: Date, zone: string): boolean {
  return localHour(now, zone) >= SEND_FROM_HOUR;
}

/** A cadence as a setting: whole days 1–90, distinct, largest first. */
export function normaliseCadence(days: readonly number[]): number[] {
  return [...new Set(days.filter((d) => Number.isInteger(d) && d >= 1 && d <= 90))].sort(
    (a, b) => b - a,
  );
}
