import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyEvent, type UpdateRequestEvent } from "./events";
import { COPY, SAMPLE_NAMES, at, sample, type SampleName } from "./fixtures";
import {
  canCancel,
  canCreateCopy,
  canDeleteCopy,
  canEdit,
  canReplace,
  canSubmit,
  type GuardResult,
} from "./guards";
import type { UpdateRequestState } from "./states";

type Guard = (state: UpdateRequestState) => GuardResult;

/** Each guard, the only samples it allows, and the event that records the guarded action. */
const GUARDS: { name: string; guard: Guard; allows: SampleName[]; event?: UpdateRequestEvent }[] = [
  {
    name: "canCreateCopy",
    guard: canCreateCopy,
    allows: ["starting"],
    event: { type: "copy_created", copySid: COPY },
  },
  {
    name: "canEdit",
    guard: canEdit,
    allows: [
      "fixingUnchecked",
      "fixingNoncompliant",
      "fixingChangedSinceCheck",
      "ready",
      "rejected",
      "rejectedEdited",
      "fixingAfterRejection",
      "readyAfterRejection",
    ],
    event: { type: "item_changed", at: at(99) },
  },
  {
    name: "canSubmit",
    guard: canSubmit,
    allows: ["ready", "readyAfterRejection"],
    event: { type: "submitted", at: at(99) },
  },
  { name: "canReplace", guard: canReplace, allows: ["approved"] },
  {
    name: "canDeleteCopy",
    guard: canDeleteCopy,
    allows: ["replaced"],
    event: { type: "copy_deleted" },
  },
  {
    name: "canCancel",
    guard: canCancel,
    allows: [
      "starting",
      "fixingUnchecked",
      "fixingNoncompliant",
      "fixingChangedSinceCheck",
      "ready",
      "rejected",
      "rejectedEdited",
      "fixingAfterRejection",
      "readyAfterRejection",
      "failedCopyMissing",
      "failedOriginal",
    ],
    event: { type: "cancelled" },
  },
];

const JARGON = /valid_until|twilio-|ReplaceItems|bundle|evaluation|copySid|\bsid\b/i;

for (const { name, guard, allows, event } of GUARDS) {
  describe(name, () => {
    for (const sampleName of SAMPLE_NAMES) {
      const allowed = allows.includes(sampleName);
      it(`${allowed ? "allows" : "refuses"} ${sampleName}`, () => {
        const result = guard(sample(sampleName));
        if (allowed) {
          assert.deepEqual(result, { ok: true });
          return;
        }
        assert.equal(result.ok, false);
        if (result.ok) return;
        assert.equal(result.code, "conflict:update_request");
        assert.ok(result.message.length > 10);
        assert.doesNotMatch(result.message, JARGON);
      });
      if (event) {
        it(`agrees with applyEvent on ${sampleName}`, () => {
          assert.equal(applyEvent(sample(sampleName), event).changed, allowed);
        });
      }
    }
  });
}

describe("data-protecting rules", () => {
  it("replace is refused until the copy's items are counted, and when it is empty", () => {
    assert.equal(canReplace(sample("approvedUncounted")).ok, false);
    assert.equal(canReplace(sample("approvedEmptyCopy")).ok, false);
    assert.equal(canReplace(sample("approvedReplacing")).ok, false);
  });

  it("the copy can't be deleted while approved, even after the replace was recorded", () => {
    assert.equal(canDeleteCopy(sample("approvedReplacing")).ok, false);
  });

  it("a stale compliant evaluation does not allow submitting", () => {
    assert.equal(canSubmit(sample("fixingChangedSinceCheck")).ok, false);
  });
});
