/**
 * Sign-in throttling policy, as pure functions over the stored state so it is unit-testable and
 * identical on every (stateless) instance. The state itself lives in the login_throttle table.
 *
 *  - failures 1–2: no delay
 *  - from the 3rd consecutive failure on, each further attempt waits 1 s per failure beyond 2
 *    (capped), which makes online guessing slow without hurting a user who mistyped once;
 *  - the 5th failure locks the email for 15 minutes;
 *  - a success, an expired lock or a long quiet period starts over.
 */
export const THROTTLE = {
  slowAfterFailures: 3,
  lockAfterFailures: 5,
  delayPerFailureMs: 1_000,
  maxDelayMs: 5_000,
  lockMs: 15 * 60_000,
  // Failures older than this are forgotten, so a typo last week does not count today.
  forgetAfterMs: 60 * 60_000,
} as const;

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export type AttemptDecision =
  { kind: "allow"; delayMs: number } | { kind: "locked"; retryAfterMinutes: number };

/** Drops state that no longer counts: an expired lock or failures outside the window. */
export function effectiveState(state: ThrottleState | null, now: Date): ThrottleState | null {
  if (!state) return null;
  if (state.lockedUntil) return state.lockedUntil > now ? state : null;
  if (now.getTime() - state.firstFailureAt.getTime() > THROTTLE.forgetAfterMs) return null;
  return state;
}

/** What to do before checking the password. */
export function decideAttempt(stored: ThrottleState | null, now: Date): AttemptDecision {
  const state = effectiveState(stored, now);
  if (!state) return { kind: "allow", delayMs: 0 };
  if (state.lockedUntil) {
    return { kind: "locked", retryAfterMinutes: minutesUntil(state.lockedUntil, now) };
  }
  if (state.failures < THROTTLE.slowAfterFailures) return { kind: "allow", delayMs: 0 };
  const beyond = state.failures - THROTTLE.slowAfterFailures + 1;
  return {
    kind: "allow",
    delayMs: Math.min(beyond * THROTTLE.delayPerFailureMs, THROTTLE.maxDelayMs),
  };
}

/** The state to store after a failed attempt. */
export function recordFailure(stored: ThrottleState | null, now: Date): ThrottleState {
  const state = effectiveState(stored, now);
  const failures = (state?.failures ?? 0) + 1;
  return {
    failures,
    firstFailureAt: state?.firstFailureAt ?? now,
    lockedUntil:
      failures >= THROTTLE.lockAfterFailures ? new Date(now.getTime() + THROTTLE.lockMs) : null,
  };
}

export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export function lockedMessage(minutes: number): string {
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
