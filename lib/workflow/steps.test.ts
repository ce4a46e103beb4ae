import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SAMPLE_NAMES, sample, type SampleName } from "./fixtures";
import { STEPS, stepOf, type StepStatus } from "./steps";
import { STEP_IDS, type StepId } from "./states";

const CURRENT: Record<SampleName, StepId | null> = {
  starting: "start",
  fixingUnchecked: "fix",
  fixingNoncompliant: "fix",
  fixingChangedSinceCheck: "check",
  ready: "submit",
  submitted: "review",
  inReview: "review",
  rejected: "fix",
  rejectedEdited: "fix",
  fixingAfterRejection: "fix",
  readyAfterRejection: "submit",
  approvedUncounted: "finish",
  approved: "finish",
  approvedEmptyCopy: "finish",
  approvedReplacing: "finish",
  replaced: "finish",
  done: "done",
  cancelled: null,
  failedCopyMissing: "fix",
  failedOriginal: "review",
};
const ATTENTION: SampleName[] = [
  "rejected",
  "rejectedEdited",
  "failedCopyMissing",
  "failedOriginal",
];

describe("stepOf", () => {
  it("the step table is in order and complete", () => {
    assert.deepEqual(
      STEPS.map((s) => s.id),
      [...STEP_IDS],
    );
  });

  for (const name of SAMPLE_NAMES) {
    it(`${name} is at ${CURRENT[name]}`, () => {
      const progress = stepOf(sample(name));
      assert.equal(progress.current, CURRENT[name]);
      const statuses = progress.steps.map((s) => s.status);
      const index = CURRENT[name] === null ? -1 : STEP_IDS.indexOf(CURRENT[name]);
      const expected = STEP_IDS.map((_, i): StepStatus => {
        if (name === "done") return "complete";
        if (index < 0 || i > index) return "upcoming";
        if (i < index) return "complete";
        return ATTENTION.includes(name) ? "attention" : "current";
      });
      assert.deepEqual(statuses, expected);
    });
  }

  it("only a finished request shows the done step complete", () => {
    for (const name of SAMPLE_NAMES) {
      const done = stepOf(sample(name)).steps.find((s) => s.id === "done");
      assert.equal(done?.status === "complete", name === "done", name);
    }
  });
});
