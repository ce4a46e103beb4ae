import { test } from "node:test";
import assert from "node:assert/strict";
import {
  POLICIES,
  THROTTLE,
  combine,
  decideAttempt,
  lockedMessage,
  recordFailure,
  type ThrottleState,
} from "./throttle-policy";

const t0 = new Date("2026-01-01T10:00:00Z");
const at = (ms: number) => new Date(t0.getTime() + ms);

function failTimes(n: number): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = recordFailure(state, at(i * 1000));
  return state;
}

test("an email with no failures is allowed at once", () => {
  assert.deepEqual(decideAttempt(null, t0), { kind: "allow", delayMs: 0 });
});

const delays: Array<[failures: number, delayMs: number]> = [
  [1, 0],
  [2, 0],
  [3, 1000],
  [4, 2000],
];
for (const [failures, delayMs] of delays) {
  test(`after ${failures} failures the next attempt waits ${delayMs} ms`, () => {
    assert.deepEqual(decideAttempt(failTimes(failures), at(10_000)), { kind: "allow", delayMs });
  });
}

test("the delay is capped", () => {
  const state = { failures: 40, firstFailureAt: t0, lockedUntil: null };
  assert.deepEqual(decideAttempt(state, at(1000)), { kind: "allow", delayMs: THROTTLE.maxDelayMs });
});

test("the fifth failure locks the email for 15 minutes", () => {
  const state = failTimes(5);
  assert.ok(state?.lockedUntil);
  assert.deepEqual(decideAttempt(state, at(4000)), { kind: "locked", retryAfterMinutes: 15 });
  assert.deepEqual(decideAttempt(state, at(4000 + 14 * 60_000 + 1)), {
    kind: "locked",
    retryAfterMinutes: 1,
  });
});

test("an expired lock starts over", () => {
  const state = failTimes(5);
  const later = at(4000 + THROTTLE.lockMs + 1);
  assert.deepEqual(decideAttempt(state, later), { kind: "allow", delayMs: 0 });
  assert.equal(recordFailure(state, later).failures, 1);
});

test("old failures are forgotten", () => {
  const state = failTimes(4);
  const later = at(THROTTLE.forgetAfterMs + 10_000);
  assert.deepEqual(decideAttempt(state, later), { kind: "allow", delayMs: 0 });
  assert.equal(recordFailure(state, later).failures, 1);
});

test("the lock message names the minutes left", () => {
  assert.equal(lockedMessage(15), "Too many failed sign-ins. Try again in 15 minutes.");
  assert.equal(lockedMessage(1), "Too many failed sign-ins. Try again in 1 minute.");
});

test("a known browser's key locks later than an email tried from anywhere", () => {
  let state: ThrottleState | null = null;
  for (let i = 0; i < 5; i++) state = recordFailure(state, at(i), POLICIES.device);
  assert.equal(decideAttempt(state, at(10), POLICIES.device).kind, "allow");
  for (let i = 5; i < 10; i++) state = recordFailure(state, at(i), POLICIES.device);
  assert.equal(decideAttempt(state, at(20), POLICIES.device).kind, "locked");
});

test("several keys combine: any lock refuses, else the longest delay", () => {
  assert.deepEqual(
    combine([
      { kind: "allow", delayMs: 2000 },
      { kind: "locked", retryAfterMinutes: 3 },
    ]),
    { kind: "locked", retryAfterMinutes: 3 },
  );
  assert.deepEqual(
    combine([
      { kind: "allow", delayMs: 2000 },
      { kind: "allow", delayMs: 1000 },
    ]),
    { kind: "allow", delayMs: 2000 },
  );
  assert.deepEqual(combine([]), { kind: "allow", delayMs: 0 });
});
