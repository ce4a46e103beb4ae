import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { BundleStatus } from "@/lib/domain/types";
import { BUNDLE_STATUSES } from "@/lib/domain/types";
import { COPY, ORIGINAL, OTHER_COPY, SAMPLE_NAMES, at, rowFor, sample } from "./fixtures";
import type { NextActionKind } from "./next-action";
import { REPLACE_CONFIRM_GRACE_MS, reconcile, type TwilioView } from "./reconcile";
import type { StoredRequest } from "./schema";
import type { FailureReason, Phase, UpdateRequestState } from "./states";

const DEADLINE = at(60 * 24 * 30);
const original = (over: Partial<NonNullable<TwilioView["original"]>> = {}) => ({
  sid: ORIGINAL,
  status: "twilio-approved" as BundleStatus,
  validUntil: DEADLINE,
  ...over,
});
const cleared = original({ validUntil: null });
const copy = (status: BundleStatus, sid = COPY) => ({ sid, status, validUntil: DEADLINE });
const evaluation = (status: "compliant" | "noncompliant", minute: number) => ({
  status,
  failedCount: status === "compliant" ? 0 : 2,
  at: at(minute),
});

interface Case {
  name: string;
  row: StoredRequest;
  twilio: TwilioView;
  now?: Date;
  phase: Phase;
  next: NextActionKind;
  failure?: FailureReason;
  check?: (state: UpdateRequestState) => void;
}

const row = (name: Parameters<typeof sample>[0], extra: Partial<StoredRequest> = {}) =>
  rowFor(sample(name), extra);

const CASES: Case[] = [
  // Starting
  {
    name: "no copy yet",
    row: row("starting"),
    twilio: { original: original(), copy: null },
    phase: "starting",
    next: "create_copy",
  },
  {
    name: "crash after the copy was made but before we recorded it: adopt, don't duplicate",
    row: row("starting"),
    twilio: { original: original(), copy: copy("draft") },
    phase: "fixing",
    next: "evaluate",
    check: (s) => assert.equal(s.phase === "fixing" && s.copySid, COPY),
  },
  {
    name: "original no longer approved before we start",
    row: row("starting"),
    twilio: { original: original({ status: "twilio-rejected" }), copy: null },
    phase: "failed",
    next: "needs_attention",
    failure: "original_not_approved",
  },
  {
    name: "original has no deadline: nothing to update",
    row: row("starting"),
    twilio: { original: cleared, copy: null },
    phase: "failed",
    next: "needs_attention",
    failure: "no_update_needed",
  },
  {
    name: "original gone",
    row: row("fixingNoncompliant"),
    twilio: { original: null, copy: copy("draft") },
    phase: "failed",
    next: "needs_attention",
    failure: "original_missing",
  },
  {
    name: "Twilio returns a different original",
    row: row("fixingNoncompliant"),
    twilio: {
      original: original({ sid: "BU99999999999999999999999999999999" }),
      copy: copy("draft"),
    },
    phase: "failed",
    next: "needs_attention",
    failure: "record_inconsistent",
  },
  {
    name: "Twilio returns a different copy",
    row: row("fixingNoncompliant"),
    twilio: { original: original(), copy: copy("draft", OTHER_COPY) },
    phase: "failed",
    next: "needs_attention",
    failure: "copy_mismatch",
  },

  // Draft copy
  {
    name: "draft, never evaluated",
    row: row("fixingUnchecked"),
    twilio: { original: original(), copy: copy("draft") },
    phase: "fixing",
    next: "evaluate",
  },
  {
    name: "draft, Twilio's evaluation noncompliant",
    row: row("fixingUnchecked"),
    twilio: {
      original: original(),
      copy: copy("draft"),
      lastEvaluation: evaluation("noncompliant", 1),
    },
    phase: "fixing",
    next: "none_wait_for_customer",
  },
  {
    name: "draft, Twilio's evaluation compliant",
    row: row("fixingNoncompliant"),
    twilio: {
      original: original(),
      copy: copy("draft"),
      lastEvaluation: evaluation("compliant", 5),
    },
    phase: "ready",
    next: "submit_allowed",
  },
  {
    name: "draft, Twilio's compliant evaluation predates the customer's edit",
    row: row("fixingChangedSinceCheck"),
    twilio: {
      original: original(),
      copy: copy("draft"),
      lastEvaluation: evaluation("compliant", 1),
    },
    phase: "fixing",
    next: "evaluate",
  },
  {
    name: "draft, our recorded evaluation is newer than Twilio's list",
    row: row("ready"),
    twilio: {
      original: original(),
      copy: copy("draft"),
      lastEvaluation: evaluation("noncompliant", 0),
    },
    phase: "ready",
    next: "submit_allowed",
  },
  {
    name: "draft, we thought it was submitted (submit never reached Twilio)",
    row: row("submitted"),
    twilio: { original: original(), copy: copy("draft") },
    phase: "fixing",
    next: "evaluate",
  },

  // Review
  {
    name: "we thought ready; Twilio has it pending review (crash after submit)",
    row: row("ready"),
    twilio: { original: original(), copy: copy("pending-review") },
    phase: "submitted",
    next: "wait_for_review",
  },
  {
    name: "in review",
    row: row("submitted"),
    twilio: { original: original(), copy: copy("in-review") },
    phase: "in_review",
    next: "wait_for_review",
    check: (s) => assert.deepEqual(s.phase === "in_review" && s.submittedAt, at(4)),
  },
  {
    name: "provisionally approved is still under review",
    row: row("submitted"),
    twilio: { original: original(), copy: copy("provisionally-approved") },
    phase: "in_review",
    next: "wait_for_review",
  },
  {
    name: "original lost its approval during review",
    row: row("inReview"),
    twilio: { original: original({ status: "twilio-rejected" }), copy: copy("in-review") },
    phase: "failed",
    next: "needs_attention",
    failure: "original_not_approved",
    check: (s) => assert.equal(s.phase === "failed" && s.attention.atStep, "review"),
  },
  {
    name: "rejected, learnt by reconcile: reasons from Twilio, time = now",
    row: row("submitted"),
    twilio: {
      original: original(),
      copy: copy("twilio-rejected"),
      rejectionReasons: ["Document expired"],
    },
    now: at(30),
    phase: "rejected",
    next: "none_wait_for_customer",
    check: (s) =>
      assert.deepEqual(s.phase === "rejected" && s.rejection, {
        reasons: ["Document expired"],
        at: at(30),
      }),
  },
  {
    name: "rejected, Twilio's last evaluation predates the rejection",
    row: row("rejected"),
    twilio: {
      original: original(),
      copy: copy("twilio-rejected"),
      lastEvaluation: evaluation("compliant", 19),
    },
    phase: "rejected",
    next: "none_wait_for_customer",
  },
  {
    name: "rejected, customer edited since",
    row: row("rejectedEdited"),
    twilio: { original: original(), copy: copy("twilio-rejected") },
    phase: "rejected",
    next: "evaluate",
  },
  {
    name: "rejected, compliant check since the rejection",
    row: row("rejectedEdited"),
    twilio: {
      original: original(),
      copy: copy("twilio-rejected"),
      lastEvaluation: evaluation("compliant", 25),
    },
    phase: "ready",
    next: "submit_allowed",
  },
  {
    name: "resubmission ready stays ready",
    row: row("readyAfterRejection"),
    twilio: { original: original(), copy: copy("twilio-rejected") },
    phase: "ready",
    next: "submit_allowed",
  },

  // Approval and finish
  {
    name: "approved while we thought submitted, items counted",
    row: row("submitted"),
    twilio: { original: original(), copy: copy("twilio-approved"), copyItemCount: 3 },
    phase: "approved",
    next: "replace_items",
  },
  {
    name: "approved, items not counted: count before replacing",
    row: row("inReview"),
    twilio: { original: original(), copy: copy("twilio-approved") },
    phase: "approved",
    next: "fetch_copy_items",
  },
  {
    name: "replace failed: original still has valid_until, copy still has items → retry",
    row: row("approved"),
    twilio: { original: original(), copy: copy("twilio-approved"), copyItemCount: 3 },
    phase: "approved",
    next: "replace_items",
  },
  {
    name: "recorded replace didn't take (copy still full) → replace again",
    row: row("approvedReplacing"),
    twilio: { original: original(), copy: copy("twilio-approved"), copyItemCount: 3 },
    phase: "approved",
    next: "replace_items",
    check: (s) => assert.equal(s.phase === "approved" && s.itemsReplacedAt, null),
  },
  {
    name: "crash after ReplaceItems before recording it: copy empty, original cleared",
    row: row("approved"),
    twilio: { original: cleared, copy: copy("twilio-approved"), copyItemCount: 0 },
    now: at(45),
    phase: "replaced",
    next: "delete_copy",
  },
  {
    name: "replace recorded, original confirmed cleared on this read",
    row: row("approvedReplacing"),
    twilio: { original: cleared, copy: copy("twilio-approved") },
    phase: "replaced",
    next: "delete_copy",
    check: (s) => assert.deepEqual(s.phase === "replaced" && s.itemsReplacedAt, at(40)),
  },
  {
    name: "replace done, original not yet cleared: confirm again",
    row: row("approvedReplacing"),
    twilio: { original: original(), copy: copy("twilio-approved"), copyItemCount: 0 },
    now: at(45),
    phase: "approved",
    next: "confirm_original",
  },
  {
    name: "copy emptied without a recorded replace, original not cleared: confirm",
    row: row("approved"),
    twilio: { original: original(), copy: copy("twilio-approved"), copyItemCount: 0 },
    now: at(45),
    phase: "approved",
    next: "confirm_original",
    check: (s) => assert.deepEqual(s.phase === "approved" && s.itemsReplacedAt, at(45)),
  },
  {
    name: "original still not cleared long after the replace: ask a person",
    row: row("approvedReplacing"),
    twilio: { original: original(), copy: copy("twilio-approved"), copyItemCount: 0 },
    now: new Date(at(40).getTime() + REPLACE_CONFIRM_GRACE_MS + 1),
    phase: "failed",
    next: "needs_attention",
    failure: "replace_unconfirmed",
    check: (s) => assert.deepEqual(s.phase === "failed" && s.itemsReplacedAt, at(40)),
  },
  {
    name: "crash mid-finish: replaced but copy not deleted",
    row: row("replaced"),
    twilio: { original: cleared, copy: copy("twilio-approved"), copyItemCount: 0 },
    phase: "replaced",
    next: "delete_copy",
  },
  {
    name: "crash after deleting the copy, before recording it",
    row: row("replaced"),
    twilio: { original: cleared, copy: null },
    phase: "done",
    next: "nothing",
  },
  {
    name: "copy deleted externally after the replace was confirmed by this read",
    row: row("approvedReplacing"),
    twilio: { original: cleared, copy: null },
    phase: "done",
    next: "nothing",
  },
  {
    name: "copy gone after the replace but original still has a deadline",
    row: row("approvedReplacing"),
    twilio: { original: original(), copy: null },
    phase: "failed",
    next: "needs_attention",
    failure: "replace_unconfirmed",
  },

  // The copy vanished before its items were replaced: never recreated silently
  {
    name: "copy deleted externally while fixing",
    row: row("fixingNoncompliant"),
    twilio: { original: original(), copy: null },
    phase: "failed",
    next: "needs_attention",
    failure: "copy_missing",
  },
  {
    name: "copy deleted externally during review",
    row: row("inReview"),
    twilio: { original: original(), copy: null },
    phase: "failed",
    next: "needs_attention",
    failure: "copy_missing",
  },
  {
    name: "copy deleted externally after approval, before replace",
    row: row("approved"),
    twilio: { original: original(), copy: null },
    phase: "failed",
    next: "needs_attention",
    failure: "copy_missing",
  },
  {
    name: "still missing on the next visit: stable",
    row: row("failedCopyMissing"),
    twilio: { original: original(), copy: null },
    phase: "failed",
    next: "needs_attention",
    failure: "copy_missing",
    check: (s) => assert.equal(s.phase === "failed" && s.attention.atStep, "fix"),
  },
  {
    name: "original approved again: the request resumes from Twilio's truth",
    row: row("failedOriginal"),
    twilio: { original: original(), copy: copy("in-review") },
    phase: "in_review",
    next: "wait_for_review",
  },

  // Our own decisions are final
  {
    name: "done stays done",
    row: row("done"),
    twilio: { original: cleared, copy: null },
    phase: "done",
    next: "nothing",
  },
  {
    name: "cancelled stays cancelled",
    row: row("cancelled"),
    twilio: { original: original(), copy: copy("draft") },
    phase: "cancelled",
    next: "nothing",
  },
];

describe("reconcile: Twilio decides the state", () => {
  for (const c of CASES) {
    it(`${c.name} → ${c.phase} / ${c.next}`, () => {
      const result = reconcile(c.row, c.twilio, c.now ?? at(30));
      assert.equal(result.state.phase, c.phase);
      assert.equal(result.next.kind, c.next);
      if (c.failure) {
        assert.ok(result.state.phase === "failed");
        assert.equal(result.state.attention.reason, c.failure);
      }
      c.check?.(result.state);
    });
  }

  it("a missing copy is recovered only by an explicit start over, never automatically", () => {
    const { next } = reconcile(row("inReview"), { original: original(), copy: null }, at(30));
    assert.deepEqual(next.kind === "needs_attention" && next.recovery, "start_over");
    assert.match(next.kind === "needs_attention" ? next.message : "", /Start over/);
  });

  it("reports whether the row needs writing", () => {
    const same = reconcile(row("submitted"), {
      original: original(),
      copy: copy("pending-review"),
    });
    assert.equal(same.changed, false);
    const moved = reconcile(row("submitted"), { original: original(), copy: copy("in-review") });
    assert.equal(moved.changed, true);
  });
});

describe("reconcile: safety invariants over every combination", () => {
  const originals = [original(), cleared, original({ status: "twilio-rejected" }), null];
  const copies = [null, ...BUNDLE_STATUSES.map((s) => copy(s))];
  const counts = [undefined, 0, 3];
  const evaluations = [undefined, evaluation("compliant", 35), evaluation("noncompliant", 35)];
  const nows = [at(45), at(60 * 24)];
  let combinations = 0;

  it("never deletes, replaces, creates or finishes when it must not, and is a fixpoint", () => {
    for (const name of SAMPLE_NAMES) {
      for (const o of originals) {
        for (const c of copies) {
          for (const copyItemCount of counts) {
            for (const lastEvaluation of evaluations) {
              for (const now of nows) {
                combinations++;
                const stored = row(name);
                const twilio: TwilioView = { original: o, copy: c, copyItemCount, lastEvaluation };
                const { state, next } = reconcile(stored, twilio, now);
                const where = `${name} / original=${o?.status}:${o?.validUntil ? "deadline" : "none"} / copy=${c?.status} / items=${copyItemCount}`;

                if (next.kind === "delete_copy") {
                  assert.ok(o?.status === "twilio-approved" && o.validUntil === null, where);
                  assert.ok(c?.status === "twilio-approved", where);
                }
                if (next.kind === "replace_items") {
                  assert.ok(
                    c?.status === "twilio-approved" && o?.status === "twilio-approved",
                    where,
                  );
                  assert.ok(copyItemCount !== undefined && copyItemCount > 0, where);
                }
                if (next.kind === "create_copy") {
                  assert.ok(stored.copySid === null && c === null, where);
                }
                // Done needs the copy gone, after a replace whose cleared original we saw
                // (recorded as "replaced", or on this very read).
                if (state.phase === "done" && name !== "done") {
                  assert.equal(c, null, where);
                  if (name !== "replaced") {
                    assert.ok(o?.status === "twilio-approved" && o.validUntil === null, where);
                    assert.ok(stored.itemsReplacedAt, where);
                  }
                }
                if (stored.copySid) assert.notEqual(state.phase, "starting", where);

                // Writing the result and reconciling again with the same data changes nothing.
                const again = reconcile(rowFor(state), twilio, now);
                assert.deepEqual(again.state, state, where);
                assert.equal(again.changed, false, where);
              }
            }
          }
        }
      }
    }
    assert.ok(combinations > 4000);
  });
});
