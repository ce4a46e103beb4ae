import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SAMPLE_NAMES, sample, type SampleName } from "./fixtures";
import { nextActionFor, type NextActionKind } from "./next-action";

const NEXT: Record<SampleName, NextActionKind> = {
  starting: "create_copy",
  fixingUnchecked: "evaluate",
  fixingNoncompliant: "none_wait_for_customer",
  fixingChangedSinceCheck: "evaluate",
  ready: "submit_allowed",
  submitted: "wait_for_review",
  inReview: "wait_for_review",
  rejected: "none_wait_for_customer",
  rejectedEdited: "evaluate",
  fixingAfterRejection: "none_wait_for_customer",
  readyAfterRejection: "submit_allowed",
  approvedUncounted: "fetch_copy_items",
  approved: "replace_items",
  approvedEmptyCopy: "confirm_original",
  approvedReplacing: "confirm_original",
  replaced: "delete_copy",
  done: "nothing",
  cancelled: "nothing",
  failedCopyMissing: "needs_attention",
  failedOriginal: "needs_attention",
};

describe("nextActionFor", () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name} → ${NEXT[name]}`, () => {
      assert.equal(nextActionFor(sample(name)).kind, NEXT[name]);
    });
  }

  it("needs_attention carries the message and the one recovery offered", () => {
    assert.deepEqual(nextActionFor(sample("failedCopyMissing")), {
      kind: "needs_attention",
      message: (sample("failedCopyMissing") as { attention: { message: string } }).attention
        .message,
      recovery: "start_over",
    });
    const support = nextActionFor(sample("failedOriginal"));
    assert.equal(support.kind === "needs_attention" && support.recovery, "contact_support");
  });
});
