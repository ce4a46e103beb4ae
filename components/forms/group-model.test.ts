import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { schemaForGroup } from "@/lib/requirements";
import { fileRule, submittedFields } from "@/lib/requirements";
import { defaultValues } from "./group-model";
import { AD1, AD2, docType, field, group, newDocumentGroup } from "./test-groups";
import { translatorFor } from "@/lib/i18n/translator";

const tv = await translatorFor("en", "Validation");

const known = new Set([AD1, AD2]);

describe("defaultValues", () => {
  test("text fields start on their current value", () => {
    const g = group({ fields: [field("business_name", { value: "Acme" }), field("website")] });
    assert.deepEqual(defaultValues(g, known), { business_name: "Acme", website: "" });
  });

  test("an address list starts on its first address the account has", () => {
    const g = group({
      fields: [field("address_sids", { kind: "address", value: ["ADunknown", AD2, AD1] })],
    });
    assert.deepEqual(defaultValues(g, known), { address_sids: AD2 });
  });

  test("an address the account does not have starts on 'choose one'", () => {
    const g = group({ fields: [field("address_sids", { kind: "address", value: ["ADunknown"] })] });
    assert.deepEqual(defaultValues(g, known), { address_sids: "" });
  });

  test("a new document starts on its first type and holds every type's fields once", () => {
    const values = defaultValues(newDocumentGroup(), known);
    assert.deepEqual(values, { business_name: "", address_sids: "", type: "excerpt" });
  });

  test("the defaults of a valid group pass the group's own schema", () => {
    const g = group({
      fields: [
        field("business_name", { value: "Acme" }),
        field("address_sids", { kind: "address", value: [AD1] }),
        field("kind", { kind: "enum", options: ["LLC", "PLC"], value: "LLC" }),
      ],
    });
    const parsed = schemaForGroup(g, tv).safeParse(defaultValues(g, known));
    assert.ok(parsed.success);
    assert.deepEqual(parsed.data, { business_name: "Acme", address_sids: [AD1], kind: "LLC" });
  });
});

describe("the fields on screen (submittedFields)", () => {
  test("an existing item shows the group's fields whatever the type says", () => {
    const g = group({ fields: [field("a")] });
    assert.deepEqual(
      submittedFields(g, { type: "anything" }).map((f) => f.name),
      ["a"],
    );
  });

  test("a new document shows the chosen type's fields, in that type's order", () => {
    const g = newDocumentGroup();
    assert.deepEqual(
      submittedFields(g, { type: "address_record" }).map((f) => f.name),
      ["address_sids", "business_name"],
    );
    assert.deepEqual(
      submittedFields(g, { type: "excerpt" }).map((f) => f.name),
      ["business_name", "address_sids"],
    );
    assert.deepEqual(
      submittedFields(g, { type: "nonsense" }).map((f) => f.name),
      ["business_name", "address_sids"],
    );
  });
});

describe("fileRule", () => {
  const cases: Array<
    [string, Parameters<typeof fileRule>[0], unknown, { show: boolean; required: boolean }]
  > = [
    ["business details", group(), undefined, { show: false, required: false }],
    [
      "a new document of a type with a file",
      newDocumentGroup(),
      "excerpt",
      { show: true, required: true },
    ],
    [
      "a new address record",
      newDocumentGroup(),
      "address_record",
      { show: false, required: false },
    ],
    [
      "a rejected document",
      group({
        kind: "supporting_document",
        needsFile: true,
        documentTypes: [docType("x", true, [])],
      }),
      undefined,
      { show: true, required: true },
    ],
    [
      "an existing document with its file",
      group({
        kind: "supporting_document",
        needsFile: false,
        documentTypes: [docType("x", true, [])],
      }),
      undefined,
      { show: true, required: false },
    ],
    [
      "an existing address record",
      group({
        kind: "supporting_document",
        needsFile: false,
        documentTypes: [docType("x", false, [])],
      }),
      undefined,
      { show: false, required: false },
    ],
  ];
  for (const [name, g, type, rule] of cases)
    test(`${name}: ${rule.show ? (rule.required ? "file required" : "file optional") : "no file"}`, () => {
      assert.deepEqual(fileRule(g, type), rule);
    });
});
