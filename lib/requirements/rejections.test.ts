import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { placeReasons, sameReason } from "./rejections";
import type { FormGroup } from "./types";

const group = (id: string, reason?: string): FormGroup => ({
  id,
  kind: "supporting_document",
  action: "update",
  objectSid: null,
  title: id,
  requirements: [],
  guidance: null,
  documentTypes: [],
  needsFile: true,
  fields: [],
  ...(reason === undefined ? {} : { rejection: { reason, code: 18050 } }),
});

describe("sameReason", () => {
  it("ignores case, spacing and closing punctuation", () => {
    assert.equal(sameReason("The excerpt is old.", "the  excerpt is old"), true);
  });
  it("matches a reason inside Twilio's joined Bundle reason", () => {
    assert.equal(sameReason("Photo blurry; name differs", "Name differs."), true);
  });
  it("does not match different reasons or empty ones", () => {
    assert.equal(sameReason("Photo blurry", "Name differs"), false);
    assert.equal(sameReason("", "Name differs"), false);
  });
});

describe("placeReasons", () => {
  it("shows a section's reason only on the section, and the rest in the status", () => {
    const { unplaced } = placeReasons(
      [group("a", "The excerpt is older than three months."), group("b")],
      ["The excerpt is older than three months", "The Bundle's name is misleading"],
      [],
    );
    assert.deepEqual(unplaced, ["The Bundle's name is misleading"]);
  });

  it("marks nothing new on the first rejection", () => {
    const { groups } = placeReasons([group("a", "Blurry")], ["Blurry"], []);
    assert.equal(groups[0]?.rejection?.isNew, false);
  });

  it("marks a reason new when earlier rounds did not give it, and an old one not", () => {
    const { groups } = placeReasons(
      [group("a", "The name on the excerpt differs"), group("b", "Blurry")],
      ["The name on the excerpt differs", "Blurry"],
      ["Blurry."],
    );
    assert.deepEqual(
      groups.map((g) => g.rejection?.isNew),
      [true, false],
    );
  });

  it("leaves groups without a rejection as they are", () => {
    const plain = group("c");
    const { groups } = placeReasons([plain], [], ["x"]);
    assert.equal(groups[0], plain);
  });
});

describe("placeReasons with one reason on two documents", () => {
  it("says it on the first and refers to it on the second", () => {
    const { groups } = placeReasons(
      [group("a", "Name differs"), group("b", "Name differs.")],
      [],
      [],
    );
    assert.deepEqual(
      groups.map((g) => g.rejection?.sameAsAbove ?? false),
      [false, true],
    );
  });
});
