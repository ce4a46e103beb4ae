import { test } from "node:test";
import assert from "node:assert/strict";
import { describeDeadline } from "./deadline";

const now = new Date(2026, 10, 23, 12, 0); // 23 Nov 2026, local noon

const cases: Array<[string, Date | null, string, string]> = [
  ["no valid_until", null, "No deadline", "none"],
  ["three days ago", new Date(2026, 10, 20, 9, 0), "Overdue by 3 days", "overdue"],
  ["yesterday", new Date(2026, 10, 22, 23, 0), "Overdue by 1 day", "overdue"],
  ["later today", new Date(2026, 10, 23, 18, 0), "Due today", "soon"],
  ["tomorrow", new Date(2026, 10, 24, 1, 0), "1 day left", "soon"],
  ["in 30 days", new Date(2026, 11, 23, 12, 0), "30 days left", "soon"],
  ["in 60 days", new Date(2027, 0, 22, 12, 0), "60 days left", "ok"],
];

for (const [name, validUntil, label, tone] of cases) {
  test(`a deadline ${name} reads "${label}"`, () => {
    const view = describeDeadline(validUntil, now);
    assert.equal(view.label, label);
    assert.equal(view.tone, tone);
  });
}

test("a dated deadline also shows the date", () => {
  assert.equal(describeDeadline(new Date(2026, 10, 20), now).date, "20 Nov 2026");
});
