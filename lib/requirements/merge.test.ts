import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { mergeAttributes } from "./merge";
import type { FieldDescriptor, FormGroup } from "./types";

const field = (name: string, extra: Partial<FieldDescriptor> = {}): FieldDescriptor => ({
  name,
  label: name,
  description: "",
  kind: "text",
  required: true,
  value: "",
  failed: false,
  errorCode: null,
  guidance: null,
  ...extra,
});

const endUserGroup: FormGroup = {
  id: "end_user:IT1",
  kind: "end_user",
  action: "update",
  objectSid: "IT1",
  title: "Business details",
  requirements: [],
  guidance: null,
  documentTypes: [],
  needsFile: false,
  fields: [
    field("business_name"),
    field("comments", { required: false, kind: "textarea" }),
    field("address_sids", { kind: "address" }),
  ],
};

describe("mergeAttributes", () => {
  const cases: Array<{
    name: string;
    current: Record<string, unknown>;
    submitted: Record<string, unknown>;
    expected: Record<string, unknown>;
  }> = [
    {
      name: "keeps unknown existing keys and overwrites the group's fields",
      current: { business_name: "Old", legacy_key: "keep me" },
      submitted: { business_name: "  New  " },
      expected: { business_name: "New", legacy_key: "keep me" },
    },
    {
      name: "drops an emptied optional value",
      current: { business_name: "A", comments: "old note" },
      submitted: { business_name: "A", comments: "  " },
      expected: { business_name: "A" },
    },
    {
      name: "a field left out of the submission keeps its value",
      current: { business_name: "A", comments: "note" },
      submitted: { business_name: "B" },
      expected: { business_name: "B", comments: "note" },
    },
    {
      name: "ignores keys the group does not own (no injection)",
      current: {},
      submitted: { business_name: "A", is_admin: true, type: "business" },
      expected: { business_name: "A" },
    },
    {
      name: "addresses become a de-duplicated list",
      current: { address_sids: ["AD1"] },
      submitted: { address_sids: ["AD2", " AD2 ", ""] },
      expected: { address_sids: ["AD2"] },
    },
    {
      name: "a single address string becomes a list",
      current: {},
      submitted: { address_sids: "AD3" },
      expected: { address_sids: ["AD3"] },
    },
  ];
  for (const { name, current, submitted, expected } of cases)
    it(name, () => {
      const before = structuredClone(current);
      assert.deepEqual(mergeAttributes(current, submitted, endUserGroup), expected);
      assert.deepEqual(current, before, "does not mutate the current attributes");
    });

  it("a new document uses the chosen type's fields", () => {
    const group: FormGroup = {
      ...endUserGroup,
      id: "new_document:x",
      kind: "supporting_document",
      action: "create",
      objectSid: null,
      fields: [field("first_name")],
      documentTypes: [
        { type: "passport", name: "Passport", needsFile: true, fields: [field("first_name")] },
        {
          type: "drivers_license",
          name: "Driver's License",
          needsFile: true,
          fields: [field("first_name"), field("issue_date")],
        },
      ],
    };
    assert.deepEqual(
      mergeAttributes(
        {},
        { type: "drivers_license", first_name: "Jo", issue_date: "2020-01-01" },
        group,
      ),
      {
        first_name: "Jo",
        issue_date: "2020-01-01",
      },
    );
    assert.deepEqual(
      mergeAttributes({}, { type: "passport", first_name: "Jo", issue_date: "2020-01-01" }, group),
      {
        first_name: "Jo",
      },
    );
  });
});
