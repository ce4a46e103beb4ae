/**
 * Test fixtures for lib/workflow (imported only by *.test.ts): one sample state per situation
 * that matters, and a row builder. Times are minutes past a fixed instant so order is obvious.
 */
import { attentionFor } from "./attention";
import type { StoredRequest } from "./schema";
import type { UpdateRequestState } from "./states";
import { toStored } from "./stored";

export const at = (minute: number) => new Date(Date.UTC(2026, 0, 10, 9, 0) + minute * 60_000);

export const ORIGINAL = "BU00000000000000000000000000000001";
export const COPY = "BU00000000000000000000000000000002";
export const OTHER_COPY = "BU00000000000000000000000000000003";

const rejection = { reasons: ["Proof of address is older than 3 months"], at: at(20) };

export const SAMPLES = {
  starting: { phase: "starting" },
  fixingUnchecked: {
    phase: "fixing",
    copySid: COPY,
    lastEvaluation: null,
    itemsChangedAt: null,
    rejection: null,
  },
  fixingNoncompliant: {
    phase: "fixing",
    copySid: COPY,
    lastEvaluation: { status: "noncompliant", failedCount: 2, at: at(1) },
    itemsChangedAt: null,
    rejection: null,
  },
  fixingChangedSinceCheck: {
    phase: "fixing",
    copySid: COPY,
    lastEvaluation: { status: "compliant", failedCount: 0, at: at(1) },
    itemsChangedAt: at(2),
    rejection: null,
  },
  ready: {
    phase: "ready",
    copySid: COPY,
    lastEvaluation: { status: "compliant", failedCount: 0, at: at(3) },
    itemsChangedAt: at(2),
    rejection: null,
  },
  submitted: { phase: "submitted", copySid: COPY, submittedAt: at(4) },
  inReview: { phase: "in_review", copySid: COPY, submittedAt: at(4) },
  rejected: { phase: "rejected", copySid: COPY, rejection, itemsChangedAt: null },
  rejectedEdited: { phase: "rejected", copySid: COPY, rejection, itemsChangedAt: at(21) },
  fixingAfterRejection: {
    phase: "fixing",
    copySid: COPY,
    lastEvaluation: { status: "noncompliant", failedCount: 1, at: at(22) },
    itemsChangedAt: at(21),
    rejection,
  },
  readyAfterRejection: {
    phase: "ready",
    copySid: COPY,
    lastEvaluation: { status: "compliant", failedCount: 0, at: at(23) },
    itemsChangedAt: at(21),
    rejection,
  },
  approvedUncounted: {
    phase: "approved",
    copySid: COPY,
    itemsReplacedAt: null,
    copyItemCount: null,
  },
  approved: { phase: "approved", copySid: COPY, itemsReplacedAt: null, copyItemCount: 3 },
  approvedEmptyCopy: { phase: "approved", copySid: COPY, itemsReplacedAt: null, copyItemCount: 0 },
  approvedReplacing: {
    phase: "approved",
    copySid: COPY,
    itemsReplacedAt: at(40),
    copyItemCount: null,
  },
  replaced: { phase: "replaced", copySid: COPY, itemsReplacedAt: at(40) },
  done: { phase: "done", copySid: COPY, itemsReplacedAt: at(40) },
  cancelled: { phase: "cancelled", copySid: COPY },
  failedCopyMissing: {
    phase: "failed",
    copySid: COPY,
    attention: attentionFor("copy_missing", "fix"),
    itemsReplacedAt: null,
  },
  failedOriginal: {
    phase: "failed",
    copySid: COPY,
    attention: attentionFor("original_not_approved", "review"),
    itemsReplacedAt: null,
  },
} satisfies Record<string, UpdateRequestState>;

export type SampleName = keyof typeof SAMPLES;
export const SAMPLE_NAMES = Object.keys(SAMPLES) as SampleName[];

/** A deep copy, so a test can't pass by mutating a shared sample. */
export function sample(name: SampleName): UpdateRequestState {
  return structuredClone(SAMPLES[name]) as UpdateRequestState;
}

/** The database row for a state, as the data layer would hold it. */
export function rowFor(
  state: UpdateRequestState,
  extra: Partial<StoredRequest> = {},
): StoredRequest {
  return {
    id: "req_1",
    accountId: "acc_1",
    originalSid: ORIGINAL,
    ...toStored(state),
    createdAt: at(0),
    updatedAt: at(0),
    ...extra,
  };
}
