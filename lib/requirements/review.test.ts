import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRequirementForm } from "./build-form";
import { reviewItems } from "./review";
import { AD, fixture } from "./test-support/emulator-fixtures";
import { translatorFor } from "@/lib/i18n/translator";

const tg = await translatorFor("en", "Guidance");

const KBIS = "commercial_registrar_excerpt";

describe("reviewItems", () => {
  const fx = fixture("FR");
  const eu = fx.endUsers[0]!;
  const kbis = fx.documents.find((d) => d.type === KBIS)!;

  it("lists every item with each value under the regulation's label, addresses as lines", () => {
    const items = reviewItems({ t: tg, locale: "en", ...fx, edits: new Map() });
    assert.equal(items.length, fx.endUsers.length + fx.documents.length);
    const business = items.find((i) => i.sid === eu.sid)!;
    assert.equal(business.title, "Business details");
    const name = business.fields.find((f) => f.name === "business_name")!;
    assert.equal(name.value, eu.attributes.business_name);
    assert.notEqual(name.label, "business_name");
    const excerpt = items.find((i) => i.sid === kbis.sid)!;
    assert.match(excerpt.title, /Excerpt from the commercial register/);
    const address = excerpt.fields.find((f) => f.name === "address_sids")!;
    assert.equal(address.value, "Friedrichstraße 12, Berlin 10117, DE");
    assert.doesNotMatch(address.value, new RegExp(AD));
  });

  it("marks only what the customer changed, and shows the file they uploaded", () => {
    const file = { name: "kbis-2026.pdf", size: 48_213, mimeType: "application/pdf" };
    const items = reviewItems({
      t: tg,
      locale: "en",
      ...fx,
      edits: new Map([[kbis.sid, { fields: ["business_name"], file }]]),
    });
    const excerpt = items.find((i) => i.sid === kbis.sid)!;
    assert.equal(excerpt.changed, true);
    assert.deepEqual(
      excerpt.fields.filter((f) => f.changed).map((f) => f.name),
      ["business_name"],
    );
    assert.deepEqual(excerpt.file, { kind: "uploaded", ...file });
    const business = items.find((i) => i.sid === eu.sid)!;
    assert.equal(business.changed, false);
    assert.ok(business.fields.every((f) => !f.changed));
  });

  it("a replaced document Twilio keeps is marked, nothing else", () => {
    const items = reviewItems({
      t: tg,
      locale: "en",
      ...fx,
      edits: new Map(),
      superseded: new Set([kbis.sid]),
    });
    assert.deepEqual(
      items.filter((i) => i.superseded).map((i) => i.sid),
      [kbis.sid],
    );
  });

  it("a document nobody touched shows the file Twilio holds", () => {
    const excerpt = reviewItems({ t: tg, locale: "en", ...fx, edits: new Map() }).find(
      (i) => i.sid === kbis.sid,
    )!;
    assert.deepEqual(excerpt.file, { kind: "on_record", mimeType: kbis.mimeType });
  });
});

describe("buildRequirementForm with items opened to edit", () => {
  it("offers a passing item as a section without advice, and the form stays compliant", () => {
    const fx = fixture("FR");
    const kbis = fx.documents.find((d) => d.type === KBIS)!;
    const form = buildRequirementForm(
      { ...fx, editing: new Set([kbis.sid, fx.endUsers[0]!.sid]) },
      tg,
    );
    assert.equal(form.compliant, true);
    assert.deepEqual(
      form.groups.map((g) => [g.id, g.openedToEdit, g.guidance]),
      [
        [`end_user:${fx.endUsers[0]!.sid}`, true, null],
        [`document:${kbis.sid}`, true, null],
      ],
    );
    assert.equal(form.groups[1]?.needsFile, false, "a new file stays optional");
  });

  it("ignores a SID that is not one of the bundle's items", () => {
    const fx = fixture("FR");
    const form = buildRequirementForm({ ...fx, editing: new Set(["RD" + "f".repeat(32)]) }, tg);
    assert.deepEqual(form.groups, []);
  });
});
