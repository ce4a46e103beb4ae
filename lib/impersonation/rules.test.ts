import { test } from "node:test";
import assert from "node:assert/strict";
import { accountActionRefusal, whyCannotStart } from "@/lib/authz/rules";
import {
  MAX_IMPERSONATION_MINUTES,
  durationChoices,
  expiresAtFor,
  sessionState,
  timeLeftMs,
  whyEnded,
} from "./rules";

const t0 = new Date("2026-03-01T10:00:00Z");
const min = (n: number) => new Date(t0.getTime() + n * 60_000);
const open = (minutes: number) => ({ startedAt: t0, expiresAt: min(minutes), endedAt: null });

test("a session is active strictly before its expiry and expired from that instant on", () => {
  assert.equal(sessionState(open(30), min(29.99)), "active");
  assert.equal(sessionState(open(30), min(30)), "expired");
  assert.equal(sessionState(open(30), min(90)), "expired");
});

test("an ended session stays ended, whatever the clock says", () => {
  assert.equal(sessionState({ ...open(30), endedAt: min(5) }, min(10)), "ended");
});

test("a row claiming more than 60 minutes still expires at the 60-minute cap", () => {
  assert.equal(sessionState(open(240), min(59)), "active");
  assert.equal(sessionState(open(240), min(60)), "expired");
});

test("expiresAtFor never goes beyond the cap nor below a minute", () => {
  assert.deepEqual(expiresAtFor(t0, 30), min(30));
  assert.deepEqual(expiresAtFor(t0, 600), min(MAX_IMPERSONATION_MINUTES));
  assert.deepEqual(expiresAtFor(t0, 0), min(1));
});

test("time left counts down to zero and not below", () => {
  assert.equal(timeLeftMs(min(10), min(4)), 6 * 60_000);
  assert.equal(timeLeftMs(min(10), min(11)), 0);
});

test("the 1-minute duration is offered only in demo (emulator) mode", () => {
  assert.deepEqual(durationChoices(false), [15, 30, 60]);
  assert.deepEqual(durationChoices(true), [1, 15, 30, 60]);
  for (const m of durationChoices(true)) assert.ok(m <= MAX_IMPERSONATION_MINUTES);
});

const starts: Array<
  [string, Parameters<typeof whyCannotStart>[0], ReturnType<typeof whyCannotStart>]
> = [
  [
    "support may help a customer account",
    { staffRole: "support", alreadyImpersonating: false, target: { memberRoles: ["customer"] } },
    null,
  ],
  [
    "admin may help a customer account",
    { staffRole: "admin", alreadyImpersonating: false, target: { memberRoles: [] } },
    null,
  ],
  [
    "a customer may not impersonate",
    { staffRole: "customer", alreadyImpersonating: false, target: { memberRoles: ["customer"] } },
    "forbidden:role",
  ],
  [
    "no chaining: not from inside another session",
    { staffRole: "support", alreadyImpersonating: true, target: { memberRoles: ["customer"] } },
    "conflict:impersonation_active",
  ],
  [
    "an unknown account is not found",
    { staffRole: "support", alreadyImpersonating: false, target: null },
    "not_found:account",
  ],
  [
    "an account with a support member is a staff account",
    {
      staffRole: "admin",
      alreadyImpersonating: false,
      target: { memberRoles: ["customer", "support"] },
    },
    "forbidden:impersonate_staff",
  ],
  [
    "an account with an admin member is a staff account",
    { staffRole: "support", alreadyImpersonating: false, target: { memberRoles: ["admin"] } },
    "forbidden:impersonate_staff",
  ],
];
for (const [name, input, expected] of starts) {
  test(`start rules: ${name}`, () => assert.equal(whyCannotStart(input), expected));
}

test("a session ends on the next request when the role is revoked or the time is up", () => {
  assert.equal(whyEnded(open(30), "support", min(10)), null);
  assert.equal(whyEnded(open(30), "admin", min(10)), null);
  assert.equal(whyEnded(open(30), "customer", min(10)), "role_revoked");
  assert.equal(whyEnded(open(30), "support", min(30)), "expired");
  // A revoked role wins over expiry: that is the more important fact for the audit trail.
  assert.equal(whyEnded(open(30), "customer", min(45)), "role_revoked");
});

const account = { id: "a" };
const refusals: Array<
  [string, Parameters<typeof accountActionRefusal>[0], ReturnType<typeof accountActionRefusal>]
> = [
  [
    "a customer with an account may act",
    { user: { role: "customer" }, account, impersonation: null },
    null,
  ],
  [
    "a customer without an account has none",
    { user: { role: "customer" }, account: null, impersonation: null },
    "no_account:account",
  ],
  [
    "support without a session may not act on any account",
    { user: { role: "support" }, account: null, impersonation: null },
    "forbidden:no_impersonation",
  ],
  [
    "support with an account but no session is refused too",
    { user: { role: "support" }, account, impersonation: null },
    "forbidden:no_impersonation",
  ],
  [
    "read-only sessions change nothing",
    { user: { role: "support" }, account, impersonation: { mode: "read_only" } },
    "forbidden:read_only_impersonation",
  ],
  [
    "assist mode may act",
    { user: { role: "admin" }, account, impersonation: { mode: "assist" } },
    null,
  ],
];
for (const [name, ctx, expected] of refusals) {
  test(`account actions: ${name}`, () => assert.equal(accountActionRefusal(ctx), expected));
}
