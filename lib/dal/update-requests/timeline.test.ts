import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { translatorFor } from "@/lib/i18n/translator";
import { earlierReasons, toTimeline, type TimelineEvent } from "./timeline";

const en = await translatorFor("en", "Timeline");
const de = await translatorFor("de", "Timeline");

const at = new Date("2026-11-23T10:00:00Z");
const CARLA = { id: "u1", name: "Carla Customer", role: "customer" as const };
const row = (
  type: string,
  details: Record<string, unknown> = {},
  actor: TimelineEvent["actor"] | "unknown" = CARLA,
): TimelineEvent => ({
  id: `${type}-${Math.random()}`,
  requestId: "r1",
  occurredAt: at,
  type,
  actorUserId: actor === "unknown" ? "u-gone" : (actor?.id ?? null),
  actor: actor === "unknown" ? null : actor,
  staffName: null,
  details,
});
const timeline = (events: TimelineEvent[], viewer = CARLA.id) => toTimeline(events, viewer, en);

describe("toTimeline", () => {
  it("words Twilio's status callbacks for the customer, with the reviewer's reason", () => {
    const [entry] = timeline([
      row("status_callback", { status: "twilio-rejected", failureReason: "Excerpt too old" }, null),
    ]);
    assert.equal(entry?.title, "Twilio asked for changes");
    assert.equal(entry?.detail, "Excerpt too old");
    assert.equal(entry?.by, "Twilio");
  });

  it("tells the customer's own steps from the portal's", () => {
    const entries = timeline([row("submitted"), row("copy_deleted", {}, null)]);
    assert.deepEqual(
      entries.map((e) => [e.title, e.by]),
      [
        ["Submitted for review", "You"],
        ["Removed the working copy — all done", "Portal"],
      ],
    );
  });

  it("says how many items a failed check left to fix, and names saved sections", () => {
    const entries = timeline([
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

  it("names who acted as the viewer sees it: a teammate, support staff (always), or the viewer", () => {
    const sam = { id: "s1", name: "Sam Support", role: "support" as const };
    const ana = { id: "u2", name: "Ana Admin", role: "admin" as const };
    const bob = { id: "u3", name: "Bob Teammate", role: "customer" as const };
    const events = [
      row("copy_created", {}, CARLA),
      row("item_changed", { title: "Business details" }, sam),
      row("item_changed", { title: "ID" }, ana),
      row("submitted", {}, bob),
      row("cancelled", {}, "unknown"),
    ];
    assert.deepEqual(
      timeline(events).map((e) => e.by),
      [
        "You",
        "Sam Support (support staff)",
        "Ana Admin (support staff)",
        "Bob Teammate",
        "A former user",
      ],
    );
    // The same history read by the staff member who helped, on the customer's page: their step
    // is named as support's, never "You" (which reads as the customer).
    assert.deepEqual(
      timeline(events, sam.id).map((e) => e.by),
      [
        "Carla Customer",
        "Sam Support (support staff)",
        "Ana Admin (support staff)",
        "Bob Teammate",
        "A former user",
      ],
    );
  });

  it("keeps a step taken through support access as support's, after a role change or deletion", () => {
    const demoted = { id: "s1", name: "Sam Support", role: "customer" as const };
    const events = [
      { ...row("submitted", {}, demoted), staffName: "Sam Support" },
      { ...row("cancelled", {}, "unknown"), staffName: "Sam Support" },
    ];
    assert.deepEqual(
      timeline(events).map((e) => e.by),
      ["Sam Support (support staff)", "Sam Support (support staff)"],
    );
  });
});

describe("toTimeline in German", () => {
  it("words the steps and who took them in German, Twilio's reason as Twilio sent it", () => {
    const sam = { id: "s1", name: "Sam Support", role: "support" as const };
    const entries = toTimeline(
      [
        row("copy_created"),
        row("evaluated", { status: "noncompliant", failedCount: 2 }),
        row("item_changed", { title: "Business details" }, sam),
        row(
          "status_callback",
          { status: "twilio-rejected", failureReason: "Excerpt too old" },
          null,
        ),
        row("status_callback", { status: "something-new" }, null),
        row("observed", { from: "submitted", to: "in_review" }, null),
        row("copy_deleted", {}, null),
      ],
      CARLA.id,
      de,
    );
    const english = timeline([row("copy_created")]);
    assert.notEqual(entries[0]?.title, english[0]?.title);
    assert.equal(entries[0]?.by, "Sie");
    assert.equal(entries[1]?.detail, "2 zu korrigieren");
    assert.equal(entries[2]?.title, "Gespeichert: Business details");
    assert.equal(entries[2]?.by, "Sam Support (Support-Team)");
    assert.equal(entries[3]?.detail, "Excerpt too old");
    assert.equal(entries[3]?.detailFromTwilio, true);
    assert.equal(entries[3]?.by, "Twilio");
    assert.match(entries[4]?.title ?? "", /something-new/);
    assert.match(entries[5]?.title ?? "", /in Prüfung/);
    assert.equal(entries[6]?.by, "Portal");
    assert.equal(entries[1]?.detailFromTwilio, false);
  });
});

describe("earlierReasons", () => {
  const rejected = (failureReason: string) =>
    row("status_callback", { status: "twilio-rejected", failureReason }, null);

  it("is empty on the first rejection", () => {
    assert.deepEqual(earlierReasons([row("submitted"), rejected("Blurry")]), []);
  });

  it("gathers what each submission answered and earlier rejections, not the latest one", () => {
    const events = [
      row("submitted", { answering: ["Excerpt too old"] }),
      rejected("Name differs; Blurry"),
      row("submitted", { answering: ["Name differs"] }),
      rejected("Stamp missing"),
    ];
    assert.deepEqual(earlierReasons(events), [
      "Excerpt too old",
      "Name differs",
      "Name differs",
      "Blurry",
    ]);
  });
});
