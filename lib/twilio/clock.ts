/**
 * Twilio's time, as its responses' `Date` header tells it: deadlines (`valid_until`) are Twilio's,
 * so "how many days are left" is counted on its clock. Against real Twilio the two clocks agree
 * and this is Date.now(); against the emulator it follows POST /_emulator/clock, so simulated
 * days reach reminders exactly as real days would. Differences under two minutes are taken as
 * network jitter and ignored. A cache of Twilio's own fact, refreshed by every response.
 */
const JITTER_MS = 120_000;
let skewMs = 0;

/** Records the `Date` header of a Twilio response (ignored when absent or unreadable). */
export function noteTwilioDate(header: string | null, receivedAt = Date.now()): void {
  if (!header) return;
  const at = Date.parse(header);
  if (Number.isNaN(at)) return;
  const skew = at - receivedAt;
  skewMs = Math.abs(skew) < JITTER_MS ? 0 : skew;
}

/** Now, on Twilio's clock. */
export function twilioNow(): Date {
  return new Date(Date.now() + skewMs);
}
