import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyEvent, type UpdateRequestEvent } from "./events";
import { COPY, OTHER_COPY, SAMPLE_NAMES, at, sample, type SampleName } from "./fixtures";
import { nextActionFor } from "./next-action";
import type { Phase, UpdateRequestState } from "./states";

const cb = (status: Extract<UpdateRequestEvent, { type: "status_callback" }>["status"]) =>
  ({ type: "status_callback", status, failureReason: "Blurry document", at: at(30) }) as const;

const EVENTS = {
  copy_created: { type: "copy_created", copySid: COPY },
  evaluated_compliant: { type: "evaluated", status: "compliant", failedCount: 0, at: at(30) },
  evaluated_noncompliant: { type: "evaluated", status: "noncompliant", failedCount: 1, at: at(30) },
  item_changed: { type: "item_changed", at: at(30) },
  submitted: { type: "submitted", at: at(30) },
  cb_draft: cb("draft"),
  cb_pending: cb("pending-review"),
  cb_in_review: cb("in-review"),
  cb_provisional: cb("provisionally-approved"),
  cb_rejected: cb("twilio-rejected"),
  cb_approved: cb("twilio-approved"),
  original_lost: { type: "original_status", status: "twilio-rejected", validUntil: null },
  original_cleared: { type: "original_status", status: "twilio-approved", validUntil: null },
  items_replaced: { type: "items_replaced", at: at(50) },
  original_confirmed: { type: "original_confirmed", validUntil: null },
  copy_deleted: { type: "copy_deleted" },
  cancelled: { type: "cancelled" },
} satisfies Record<string, UpdateRequestEvent>;
type EventName = keyof typeof EVENTS;
const EVENT_NAMES = Object.keys(EVENTS) as EventName[];

const AFTER_EDIT: Partial<Record<EventName, Phase>> = {
  evaluated_compliant: "ready",
  evaluated_noncompliant: "fixing",
};

/** The complete list of legal transitions: [from sample, event, resulting phase]. */
const LEGAL: Record<SampleName, Partial<Record<EventName, Phase>>> = {
  starting: { copy_created: "fixing", original_lost: "failed", cancelled: "cancelled" },
  ...Object.fromEntries(
    (["fixingUnchecked", "fixingNoncompliant", "fixingChangedSinceCheck", "ready"] as const).map(
      (name) => [
        name,
        {
          ...AFTER_EDIT,
          item_changed: "fixing",
          cb_pending: "submitted",
          cb_in_review: "in_review",
          cb_provisional: "in_review",
          cb_rejected: "rejected",
          cb_approved: "approved",
          original_lost: "failed",
          cancelled: "cancelled",
          ...(name === "ready" ? { submitted: "submitted" } : {}),
        },
      ],
    ),
  ),
  submitted: {
    cb_in_review: "in_review",
    cb_provisional: "in_review",
    cb_rejected: "rejected",
    cb_approved: "approved",
    original_lost: "failed",
  },
  inReview: { cb_rejected: "rejected", cb_approved: "approved", original_lost: "failed" },
  ...Object.fromEntries(
    (["rejected", "rejectedEdited", "fixingAfterRejection", "readyAfterRejection"] as const).map(
      (name) => [
        name,
        {
          ...AFTER_EDIT,
          item_changed: name.startsWith("rejected") ? "rejected" : "fixing",
          cb_approved: "approved",
          original_lost: "failed",
          cancelled: "cancelled",
          ...(name === "readyAfterRejection" ? { submitted: "submitted" } : {}),
        },
      ],
    ),
  ),
  approvedUncounted: { items_replaced: "approved", original_lost: "failed" },
  approved: { items_replaced: "approved", original_lost: "failed" },
  approvedEmptyCopy: { items_replaced: "approved", original_lost: "failed" },
  approvedReplacing: {
    original_cleared: "replaced",
    original_confirmed: "replaced",
    original_lost: "failed",
  },
  replaced: { copy_deleted: "done", original_lost: "failed" },
  done: {},
  cancelled: {},
  failedCopyMissing: { cancelled: "cancelled" },
  failedOriginal: { cancelled: "cancelled" },
} as Record<SampleName, Partial<Record<EventName, Phase>>>;

describe("applyEvent: the full transition matrix", () => {
  for (const from of SAMPLE_NAMES) {
    for (const eventName of EVENT_NAMES) {
      const expected = LEGAL[from][eventName];
      const label = expected
        ? `${from} + ${eventName} → ${expected}`
        : `${from} + ${eventName} is refused`;
      it(label, () => {
        const before = sample(from);
        const result = applyEvent(before, EVENTS[eventName]);
        if (expected) {
          assert.equal(result.changed, true, result.ignoredReason);
          assert.equal(result.state.phase, expected);
          assert.equal(result.ignoredReason, undefined);
        } else {
          assert.equal(result.changed, false);
          assert.deepEqual(result.state, sample(from), "state must be returned unchanged");
          assert.ok(result.ignoredReason && result.ignoredKind);
        }
        assert.deepEqual(before, sample(from), "the input state is never mutated");
      });
    }
  }
});

describe("applyEvent: every legal event is harmless when delivered twice", () => {
  for (const from of SAMPLE_NAMES) {
    for (const eventName of EVENT_NAMES) {
      if (!LEGAL[from][eventName]) continue;
      it(`${from} + ${eventName} twice`, () => {
        const once = applyEvent(sample(from), EVENTS[eventName]);
        const twice = applyEvent(once.state, EVENTS[eventName]);
        assert.equal(twice.changed, false, `${twice.state.phase}`);
        assert.deepEqual(twice.state, once.state);
      });
    }
  }
});

function run(state: UpdateRequestState, events: UpdateRequestEvent[]): UpdateRequestState {
  return events.reduce((s, e) => applyEvent(s, e).state, state);
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]),
  );
}

describe("applyEvent: callbacks in any order reach the same outcome", () => {
  const outcomes = [
    { last: EVENTS.cb_approved, phase: "approved" },
    { last: EVENTS.cb_rejected, phase: "rejected" },
  ] as const;
  for (const start of ["ready", "submitted", "fixingNoncompliant"] as const) {
    for (const { last, phase } of outcomes) {
      for (const order of permutations([EVENTS.cb_pending, EVENTS.cb_in_review, last])) {
        it(`${start}: ${order.map((e) => e.status).join(" → ")} ends ${phase}`, () => {
          assert.equal(run(sample(start), order).phase, phase);
        });
      }
    }
  }

  it("an in-review callback after approval is ignored as stale", () => {
    const result = applyEvent(sample("approved"), EVENTS.cb_in_review);
    assert.equal(result.changed, false);
    assert.equal(result.ignoredKind, "stale");
  });

  it("a rejection arriving after approval does not undo it", () => {
    const result = applyEvent(sample("approvedReplacing"), EVENTS.cb_rejected);
    assert.deepEqual(result.state, sample("approvedReplacing"));
  });

  it("a late callback from the previous review does not undo a resubmission's edits", () => {
    for (const event of [EVENTS.cb_pending, EVENTS.cb_in_review, EVENTS.cb_rejected]) {
      for (const name of ["fixingAfterRejection", "readyAfterRejection"] as const) {
        const result = applyEvent(sample(name), event);
        assert.equal(result.ignoredKind, "stale", `${name} + ${event.status}`);
      }
    }
  });

  it("a rejection records the callback's reason and time", () => {
    const { state } = applyEvent(sample("inReview"), EVENTS.cb_rejected);
    assert.deepEqual(state, {
      phase: "rejected",
      copySid: COPY,
      rejection: { reasons: ["Blurry document"], at: at(30) },
      itemsChangedAt: null,
    });
  });

  it("a rejection without a reason keeps an empty list (no invented text)", () => {
    const event = { ...EVENTS.cb_rejected, failureReason: "  " };
    const { state } = applyEvent(sample("submitted"), event);
    assert.equal(state.phase === "rejected" && state.rejection.reasons.length, 0);
  });
});

describe("applyEvent: evaluations and edits", () => {
  it("an edit invalidates a compliant evaluation", () => {
    const { state } = applyEvent(sample("ready"), EVENTS.item_changed);
    assert.equal(state.phase, "fixing");
    assert.equal(nextActionFor(state).kind, "evaluate");
  });

  it("an evaluation that started before an edit (another tab) is stale", () => {
    const edited = applyEvent(sample("ready"), { type: "item_changed", at: at(5) }).state;
    const result = applyEvent(edited, { ...EVENTS.evaluated_compliant, at: at(4) });
    assert.equal(result.ignoredKind, "stale");
    assert.equal(result.state.phase, "fixing");
  });

  it("an evaluation at the same instant as the edit does not count", () => {
    const result = applyEvent(sample("fixingChangedSinceCheck"), {
      ...EVENTS.evaluated_compliant,
      at: at(2),
    });
    assert.equal(result.changed, false);
  });

  it("an older evaluation never replaces a newer one", () => {
    const result = applyEvent(sample("fixingNoncompliant"), {
      ...EVENTS.evaluated_compliant,
      at: at(0.5),
    });
    assert.equal(result.ignoredKind, "stale");
  });

  it("an evaluation from before the rejection does not make a rejected copy ready", () => {
    const result = applyEvent(sample("rejected"), { ...EVENTS.evaluated_compliant, at: at(19) });
    assert.equal(result.changed, false);
    assert.equal(result.state.phase, "rejected");
  });

  it("a compliant check after a rejection makes it ready to resubmit, keeping the reasons", () => {
    const { state } = applyEvent(sample("rejectedEdited"), EVENTS.evaluated_compliant);
    assert.equal(state.phase, "ready");
    const rejected = sample("rejectedEdited");
    assert.ok(state.phase === "ready" && rejected.phase === "rejected");
    assert.deepEqual(state.rejection, rejected.rejection);
  });

  it("edits after a post-rejection check stay in fixing (no flip back to rejected)", () => {
    const { state } = applyEvent(sample("fixingAfterRejection"), {
      type: "item_changed",
      at: at(25),
    });
    assert.equal(state.phase, "fixing");
    assert.equal(nextActionFor(state).kind, "evaluate");
  });
});

describe("applyEvent: the finish sequence", () => {
  it("approved → items_replaced → original_confirmed → copy_deleted → done", () => {
    const end = run(sample("approved"), [
      EVENTS.items_replaced,
      EVENTS.original_confirmed,
      EVENTS.copy_deleted,
    ]);
    // The done request keeps when the original's content changed (pages use it as a cut-off).
    assert.deepEqual(end, { phase: "done", copySid: COPY, itemsReplacedAt: at(50) });
  });

  it("the copy can't be recorded deleted before the original is confirmed", () => {
    const state = run(sample("approved"), [EVENTS.items_replaced, EVENTS.copy_deleted]);
    assert.equal(state.phase, "approved");
  });

  it("an original that still shows a valid_until is not confirmed", () => {
    const result = applyEvent(sample("approvedReplacing"), {
      type: "original_confirmed",
      validUntil: at(999),
    });
    assert.equal(result.changed, false);
    assert.equal(result.state.phase, "approved");
  });

  it("a second copy is never recorded over the first", () => {
    const result = applyEvent(sample("fixingNoncompliant"), {
      type: "copy_created",
      copySid: OTHER_COPY,
    });
    assert.equal(result.ignoredKind, "not_allowed");
    assert.equal(result.state.phase === "fixing" && result.state.copySid, COPY);
  });

  it("losing the original's approval keeps the copy sid and the step for support", () => {
    const { state } = applyEvent(sample("inReview"), EVENTS.original_lost);
    assert.equal(state.phase, "failed");
    if (state.phase !== "failed") return;
    assert.equal(state.copySid, COPY);
    assert.equal(state.attention.reason, "original_not_approved");
    assert.equal(state.attention.atStep, "review");
  });
});

describe("applyEvent: callbacks in a resubmission round", () => {
  it("a replay of the first round's rejection cannot undo the second submission", () => {
    const resubmitted = sample("submitted");
    const replay = cb("twilio-rejected");
    const result = applyEvent(resubmitted, replay, { reviewRound: 2 });
    assert.equal(result.changed, false);
    assert.equal(result.ignoredKind, "stale");
  });

  it("a status Twilio confirms still moves the second round on", () => {
    const result = applyEvent(
      sample("submitted"),
      { ...cb("twilio-rejected"), verified: true },
      {
        reviewRound: 2,
      },
    );
    assert.equal(result.state.phase, "rejected");
  });

  it("the first round needs no confirmation (no earlier round can be replayed)", () => {
    assert.equal(
      applyEvent(sample("submitted"), cb("in-review"), { reviewRound: 1 }).changed,
      true,
    );
  });
});
