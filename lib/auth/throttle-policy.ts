/**
 * Sign-in throttling policy, as pure functions over the stored state so it is unit-testable and
 * identical on every (stateless) instance. The state itself lives in the login_throttle table,
 * one row per key: an email tried from unknown browsers, a known browser (device cookie), or a
 * client address (when our proxies tell us one). Per email:
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

export type ThrottlePolicy = { [K in keyof typeof THROTTLE]: number };

/**
 * Why several keys (OWASP's "device cookies"): locking an email is what lets anyone lock any
 * user out (issue 10). A browser in which the user signed in before proves itself with a signed
 * device cookie and is throttled on its own key, which an attacker elsewhere cannot touch; an
 * address is throttled more loosely, since many people may share one.
 */
export const POLICIES = {
  email: THROTTLE,
  device: { ...THROTTLE, lockAfterFailures: 10 },
  ip: { ...THROTTLE, slowAfterFailures: 10, lockAfterFailures: 30 },
} as const satisfies Record<string, ThrottlePolicy>;

export type ThrottleKind = keyof typeof POLICIES;

export interface ThrottleState {
  failures: number;
  firstFailureAt: Date;
  lockedUntil: Date | null;
}

export type AttemptDecision =
  { kind: "allow"; delayMs: number } | { kind: "locked"; retryAfterMinutes: number };

/** Drops state that no longer counts: an expired lock or failures outside the window. */
export function effectiveState(
  state: ThrottleState | null,
  now: Date,
  policy: ThrottlePolicy = THROTTLE,
): ThrottleState | null {
  if (!state) return null;
  if (state.lockedUntil) return state.lockedUntil > now ? state : null;
  if (now.getTime() - state.firstFailureAt.getTime() > policy.forgetAfterMs) return null;
  return state;
}

/** What to do before checking the password. */
export function decideAttempt(
  stored: ThrottleState | null,
  now: Date,
  policy: ThrottlePolicy = THROTTLE,
): AttemptDecision {
  const state = effectiveState(stored, now, policy);
  if (!state) return { kind: "allow", delayMs: 0 };
  if (state.lockedUntil) {
    return { kind: "locked", retryAfterMinutes: minutesUntil(state.lockedUntil, now) };
  }
  if (state.failures < policy.slowAfterFailures) return { kind: "allow", delayMs: 0 };
  const beyond = state.failures - policy.slowAfterFailures + 1;
  return {
    kind: "allow",
    delayMs: Math.min(beyond * policy.delayPerFailureMs, policy.maxDelayMs),
  };
}

/** Several keys' decisions as one: the longest lock wins, else the longest delay. */
export function combine(decisions: AttemptDecision[]): AttemptDecision {
  const locks = decisions.filter((d) => d.kind === "locked");
  if (locks.length)
    return {
      kind: "locked",
      retryAfterMinutes: Math.max(...locks.map((d) => d.retryAfterMinutes)),
    };
  const delays = decisions.map((d) => (d.kind === "allow" ? d.delayMs : 0));
  return { kind: "allow", delayMs: Math.max(0, ...delays) };
}

/** The state to store after a failed attempt. */
export function recordFailure(
  stored: ThrottleState | null,
  now: Date,
  policy: ThrottlePolicy = THROTTLE,
): ThrottleState {
  const state = effectiveState(stored, now, policy);
  const failures = (state?.failures ?? 0) + 1;
  return {
    failures,
    firstFailureAt: state?.firstFailureAt ?? now,
    lockedUntil:
      failures >= policy.lockAfterFailures ? new Date(now.getTime() + policy.lockMs) : null,
  };
}

export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}

export function lockedMessage(minutes: number): string {
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
