import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { UpdateRequestEventRow } from "@/lib/db/schema";
import { toTimeline } from "./timeline";

const at = new Date("2026-11-23T10:00:00Z");
const row = (
  type: string,
  details: Record<string, unknown> = {},
  actorUserId: string | null = "u1",
): UpdateRequestEventRow => ({
  id: `${type}-${Math.random()}`,
  requestId: "r1",
  occurredAt: at,
  type,
  actorUserId,
  details,
});

describe("toTimeline", () => {
  it("words Twilio's status callbacks for the customer, with the reviewer's reason", () => {
    const [entry] = toTimeline([
      row("status_callback", { status: "twilio-rejected", failureReason: "Excerpt too old" }, null),
    ]);
    assert.equal(entry?.title, "Twilio asked for changes");
    assert.equal(entry?.detail, "Excerpt too old");
    assert.equal(entry?.by, "twilio");
  });

  it("tells the customer's own steps from the portal's", () => {
    const entries = toTimeline([row("submitted"), row("copy_deleted", {}, null)]);
    assert.deepEqual(
      entries.map((e) => [e.title, e.by]),
      [
        ["Submitted for review", "you"],
        ["Removed the working copy — all done", "portal"],
      ],
    );
  });

  it("says how many items a failed check left to fix, and names saved sections", () => {
    const entries = toTimeline([
      row("evaluated", { status: "noncompliant", failedCount: 2 }),
      row("evaluated", { status: "compliant", failedCount: 0 }),
      row("item_changed", { title: "Business details" }),
    ]);
    assert.deepEqual(
      entries.map((e) => [e.title, e.detail]),
      [
        ["Checked: some details are still needed", "2 to fix"],
        ["Checked: everything required is there", null],
        ["Saved: Business details", null],
      ],
    );
    assert.equal(entries[0]?.at, at.toISOString());
  });
});
