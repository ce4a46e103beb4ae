import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { changesOf, needsAction } from "./changes";

const now = new Date("2026-12-01T10:00:00Z");
const b = (status: string, validUntil: string | null = null) => ({
  sid: "BU1",
  friendlyName: "Berlin numbers",
  status,
  validUntil: validUntil ? new Date(validUntil) : null,
});

describe("changesOf: what a sweep records", () => {
  it("a deadline appearing on an approved Bundle, once per deadline", () => {
    const [change] = changesOf(
      b("twilio-approved"),
      b("twilio-approved", "2026-12-31T00:00:00Z"),
      now,
    );
    assert.equal(change?.kind, "deadline_set");
    assert.equal(change?.key, "2026-12-31T00:00:00.000Z");
    // Seen again: nothing new.
    assert.deepEqual(
      changesOf(
        b("twilio-approved", "2026-12-31T00:00:00Z"),
        b("twilio-approved", "2026-12-31T00:00:00Z"),
        now,
      ),
      [],
    );
  });

  it("a Bundle seen for the first time with a deadline is a new deadline to us", () => {
    assert.equal(
      changesOf(null, b("twilio-approved", "2026-12-08T00:00:00Z"), now)[0]?.kind,
      "deadline_set",
    );
    assert.deepEqual(changesOf(null, b("draft"), now), []);
  });

  it("approved → rejected after the deadline is an expiry; before it, a status change", () => {
    assert.equal(
      changesOf(
        b("twilio-approved", "2026-11-30T00:00:00Z"),
        b("twilio-rejected", "2026-11-30T00:00:00Z"),
        now,
      )[0]?.kind,
      "expired",
    );
    const [change] = changesOf(
      b("twilio-approved", "2026-12-30T00:00:00Z"),
      b("twilio-rejected", "2026-12-30T00:00:00Z"),
      now,
    );
    assert.equal(change?.kind, "status_changed");
    assert.equal(change?.key, "twilio-approved->twilio-rejected@2026-12-01");
  });

  it("a Bundle no longer listed is gone", () => {
    assert.equal(changesOf(b("twilio-approved"), null, now)[0]?.kind, "gone");
  });

  it("needs action: approved with a deadline, or rejected", () => {
    assert.equal(needsAction(b("twilio-approved", "2026-12-31T00:00:00Z")), true);
    assert.equal(needsAction(b("twilio-approved")), false);
    assert.equal(needsAction(b("twilio-rejected")), true);
    assert.equal(needsAction(b("in-review", "2026-12-31T00:00:00Z")), false);
  });
});
