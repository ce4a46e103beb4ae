import { test } from "node:test";
import assert from "node:assert/strict";
import {
  compareUrgency,
  countBundles,
  matchesConsoleQuery,
  parseConsoleQuery,
  type BundleBrief,
  type BundleCounts,
  type ConsoleAccount,
  type ConsoleRow,
} from "./console-rows";

const now = new Date("2026-03-01T12:00:00Z");
const days = (n: number) => new Date(now.getTime() + n * 86_400_000);
const bundle = (validUntil: Date | null, status: BundleBrief["status"] = "twilio-approved") => ({
  sid: "BU" + "0".repeat(32),
  status,
  validUntil,
});

test("a copy's inherited valid_until is not counted again (drafts, copies under review)", () => {
  const counts = countBundles(
    [
      bundle(days(14)),
      bundle(days(14), "draft"),
      bundle(days(14), "in-review"),
      bundle(days(14), "twilio-rejected"),
      bundle(days(3), "provisionally-approved"),
    ],
    now,
  );
  assert.equal(counts.within30, 2);
  assert.equal(counts.within7, 1);
  assert.equal(counts.underReview, 1);
  assert.equal(counts.rejected, 1);
});

test("deadlines fall into overdue, within 7 and within 30 days (30 includes 7)", () => {
  const counts = countBundles(
    [
      bundle(days(-3), "twilio-rejected"),
      bundle(days(-0.001)),
      bundle(days(0.5)),
      bundle(days(7)),
      bundle(days(7.01)),
      bundle(days(30)),
      bundle(days(31)),
      bundle(null),
      bundle(null, "pending-review"),
      bundle(null, "in-review"),
      bundle(null, "draft"),
    ],
    now,
  );
  assert.deepEqual(counts, {
    overdue: 2,
    within7: 2,
    within30: 4,
    underReview: 2,
    rejected: 1,
    total: 11,
  });
});

const zero: BundleCounts = {
  overdue: 0,
  within7: 0,
  within30: 0,
  underReview: 0,
  rejected: 0,
  total: 0,
};
const row = (name: string, counts: Partial<BundleCounts> | null): ConsoleRow => ({
  id: name,
  name,
  subaccountSid: "AC" + "0".repeat(32),
  emails: [],
  staffAccount: false,
  counts: counts ? { ...zero, ...counts } : null,
  error: counts ? null : "Twilio could not be reached",
  complete: true,
  loadedAt: now,
});

test("accounts sort by urgency: overdue, then 7 days, rejected, 30 days, review, then name", () => {
  const rows = [
    row("Quiet", {}),
    row("Unknown", null),
    row("Review", { underReview: 3 }),
    row("Month", { within30: 5 }),
    row("Rejected", { rejected: 1, within30: 1 }),
    row("Week", { within7: 1, within30: 1 }),
    row("Late B", { overdue: 1 }),
    row("Late A", { overdue: 1 }),
    row("Very late", { overdue: 2 }),
    row("Also quiet", {}),
  ];
  assert.deepEqual(
    rows.sort(compareUrgency).map((r) => r.name),
    [
      "Very late",
      "Late A",
      "Late B",
      "Week",
      "Rejected",
      "Month",
      "Review",
      "Also quiet",
      "Quiet",
      "Unknown",
    ],
  );
});

const acme: ConsoleAccount = {
  id: "1",
  name: "Acme Logistics GmbH",
  subaccountSid: "AC000000000000000000000000000ac3e1",
  emails: ["customer@demo.test"],
  staffAccount: false,
};

const searches: Array<[query: string, kind: string, matches: boolean]> = [
  ["acme", "text", true],
  ["  LOGISTICS ", "text", true],
  ["customer@demo", "text", true],
  ["bistro", "text", false],
  ["AC000000000000000000000000000AC3E1", "subaccount", true],
  ["ac000000000000000000000000000ac3e1", "subaccount", true],
  ["AC000000000000000000000000000ac3e2", "subaccount", false],
  ["0ac3e1", "text", true],
  ["", "none", true],
];
for (const [q, kind, matches] of searches) {
  test(`search "${q}" is a ${kind} query and ${matches ? "matches" : "does not match"} Acme`, () => {
    const parsed = parseConsoleQuery(q);
    assert.equal(parsed.kind, kind);
    assert.equal(matchesConsoleQuery(acme, parsed), matches);
  });
}

test("a Bundle SID matches through the account's Bundle SIDs, in any case", () => {
  const sid = "BU" + "ab".repeat(16);
  const parsed = parseConsoleQuery(sid.toUpperCase());
  assert.deepEqual(parsed, { kind: "bundle", sid });
  assert.equal(matchesConsoleQuery(acme, parsed, new Set([sid])), true);
  assert.equal(matchesConsoleQuery(acme, parsed, new Set()), false);
  assert.equal(matchesConsoleQuery(acme, parsed), false);
});
