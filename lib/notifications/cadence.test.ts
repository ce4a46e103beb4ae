import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  daysLeft,
  isReminderTime,
  isTimeZone,
  localHour,
  normaliseCadence,
  thresholdFor,
} from "./cadence";

const at = (iso: string) => new Date(iso);
const deadline = at("2026-12-20T12:00:00Z");

describe("reminder cadence", () => {
  it("counts days left rounded up, and ≤ 0 once past", () => {
    assert.equal(daysLeft(deadline, at("2026-12-13T11:00:00Z")), 8);
    assert.equal(daysLeft(deadline, at("2026-12-13T13:00:00Z")), 7);
    assert.equal(daysLeft(deadline, at("2026-12-20T12:00:00Z")), 0);
    assert.equal(daysLeft(deadline, at("2026-12-22T12:00:00Z")), -2);
  });

  it("puts a deadline in the smallest threshold at or above the days left", () => {
    assert.equal(thresholdFor(deadline, at("2026-11-01T12:00:00Z")), null, "49 days: none yet");
    assert.equal(thresholdFor(deadline, at("2026-11-20T12:00:00Z")), 30);
    assert.equal(thresholdFor(deadline, at("2026-12-05T12:00:00Z")), 30, "15 days");
    assert.equal(thresholdFor(deadline, at("2026-12-06T12:00:00Z")), 14);
    assert.equal(thresholdFor(deadline, at("2026-12-13T13:00:00Z")), 7);
    assert.equal(thresholdFor(deadline, at("2026-12-14T13:00:00Z")), 7, "6 days");
    assert.equal(thresholdFor(deadline, at("2026-12-17T13:00:00Z")), 3);
    assert.equal(thresholdFor(deadline, at("2026-12-19T13:00:00Z")), 1);
    assert.equal(thresholdFor(deadline, at("2026-12-21T00:00:00Z")), 0, "overdue");
  });

  it("follows a custom cadence", () => {
    assert.equal(thresholdFor(deadline, at("2026-12-06T12:00:00Z"), [10, 2]), null);
    assert.equal(thresholdFor(deadline, at("2026-12-12T12:00:00Z"), [10, 2]), 10);
    assert.deepEqual(normaliseCadence([1, 7, 7, 0, 120, 2.5, 30]), [30, 7, 1]);
  });

  it("sends from 09:00 in the account's zone, not UTC", () => {
    const utc8 = at("2026-12-01T08:00:00Z");
    assert.equal(localHour(utc8, "UTC"), 8);
    assert.equal(isReminderTime(utc8, "UTC"), false);
    assert.equal(isReminderTime(utc8, "Europe/Berlin"), true, "09:00 in Berlin");
    assert.equal(isReminderTime(utc8, "America/New_York"), false, "03:00 in New York");
    assert.equal(isReminderTime(at("2026-12-01T01:00:00Z"), "Asia/Tokyo"), true);
    assert.equal(isTimeZone("Europe/Berlin"), true);
    assert.equal(isTimeZone("Mars/Olympus"), false);
  });
});
