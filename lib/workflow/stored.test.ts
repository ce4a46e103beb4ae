import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SAMPLE_NAMES, at, rowFor, sample } from "./fixtures";
import { storedRequestSchema, type StoredRequest } from "./schema";
import { fromStored, progressDiffers, toStored } from "./stored";

describe("fromStored / toStored", () => {
  for (const name of SAMPLE_NAMES) {
    it(`${name} survives a write and a read`, () => {
      const state = sample(name);
      // The copy's item count is observed, never stored.
      const expected = state.phase === "approved" ? { ...state, copyItemCount: null } : state;
      assert.deepEqual(fromStored(rowFor(state)), expected);
    });

    it(`${name} survives jsonb (ISO dates, reordered keys) through the schema`, () => {
      const row = rowFor(sample(name));
      const json = JSON.parse(JSON.stringify(row)) as Record<string, unknown>;
      const reordered = Object.fromEntries(Object.entries(json).reverse());
      const parsed = storedRequestSchema.parse(reordered);
      assert.deepEqual(parsed, row);
      assert.equal(progressDiffers(row, parsed), false);
    });
  }

  const broken: { name: string; patch: Partial<StoredRequest> }[] = [
    { name: "in review without a copy", patch: { phase: "in_review", copySid: null } },
    { name: "fixing without a copy", patch: { phase: "fixing", copySid: null } },
    {
      name: "replaced without a replace time",
      patch: { phase: "replaced", itemsReplacedAt: null },
    },
    { name: "failed without an explanation", patch: { phase: "failed", attention: null } },
  ];
  for (const { name, patch } of broken) {
    it(`a row ${name} reads as failed, not as a guess`, () => {
      const state = fromStored(rowFor(sample("replaced"), patch));
      assert.equal(state.phase, "failed");
      assert.equal(state.phase === "failed" && state.attention.reason, "record_inconsistent");
    });
  }

  it("a stored 'ready' whose evaluation predates an edit reads as fixing", () => {
    const row = rowFor(sample("ready"), { itemsChangedAt: at(10) });
    assert.equal(fromStored(row).phase, "fixing");
  });

  it("fields a phase doesn't carry are cleared on write", () => {
    const progress = toStored(sample("submitted"));
    assert.equal(progress.lastEvaluation, null);
    assert.equal(progress.rejection, null);
    assert.equal(progress.itemsReplacedAt, null);
    assert.deepEqual(progress.submittedAt, at(4));
  });
});

describe("storedRequestSchema", () => {
  const valid = JSON.parse(JSON.stringify(rowFor(sample("fixingNoncompliant")))) as Record<
    string,
    unknown
  >;
  const bad: [string, Record<string, unknown>][] = [
    ["an unknown phase", { phase: "finished" }],
    [
      "a negative failed count",
      { lastEvaluation: { status: "noncompliant", failedCount: -1, at: "2026-01-10T09:00:00Z" } },
    ],
    [
      "an unknown evaluation status",
      { lastEvaluation: { status: "ok", failedCount: 0, at: "2026-01-10T09:00:00Z" } },
    ],
    [
      "an unknown recovery",
      { attention: { reason: "copy_missing", message: "x", recovery: "recreate", atStep: "fix" } },
    ],
    ["a rejection without a time", { rejection: { reasons: [] } }],
    ["an empty copy sid", { copySid: "" }],
  ];
  it("accepts a row read back from JSON", () => {
    assert.equal(storedRequestSchema.safeParse(valid).success, true);
  });
  for (const [name, patch] of bad) {
    it(`refuses ${name}`, () => {
      assert.equal(storedRequestSchema.safeParse({ ...valid, ...patch }).success, false);
    });
  }
});
