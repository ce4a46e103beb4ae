import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { EndUser, SupportingDocument } from "@/lib/domain/types";
import { changedFieldLabels, diffItems, onlyEdited } from "./diff";
import type { FieldDescriptor } from "./types";
import { fixture } from "./test-support/emulator-fixtures";

const endUser = (sid: string, attributes: Record<string, unknown>): EndUser => ({
  sid,
  friendlyName: "Acme",
  type: "business",
  attributes,
  dateCreated: null,
  dateUpdated: null,
});

const doc = (
  sid: string,
  type: string,
  attributes: Record<string, unknown>,
): SupportingDocument => ({
  sid,
  friendlyName: type,
  type,
  status: "draft",
  mimeType: "application/pdf",
  failureReason: null,
  errors: [],
  attributes,
  dateCreated: null,
  dateUpdated: null,
});

describe("diffItems", () => {
  it("reports changed fields per item, matched by type", () => {
    const d = diffItems(
      {
        endUsers: [
          endUser("IT1", { business_name: "Acme", comments: "x", website: "https://a.example" }),
        ],
        documents: [doc("RD1", "tax_document", { address_sids: ["AD1"], business_name: "Acme" })],
      },
      {
        endUsers: [endUser("IT2", { business_name: "Acme GmbH", website: "https://a.example" })],
        documents: [doc("RD2", "tax_document", { address_sids: ["AD2"], business_name: " Acme " })],
      },
    );
    assert.deepEqual(
      d.items.map((i) => [i.kind, i.originalSid, i.copySid, i.changes]),
      [
        [
          "end_user",
          "IT1",
          "IT2",
          [
            { field: "business_name", before: "Acme", after: "Acme GmbH" },
            { field: "comments", before: "x", after: null },
          ],
        ],
        [
          "supporting_document",
          "RD1",
          "RD2",
          [{ field: "address_sids", before: ["AD1"], after: ["AD2"] }],
        ],
      ],
    );
    assert.deepEqual(d.added, []);
    assert.deepEqual(d.removed, []);
    assert.equal(d.hasChanges, true);
  });

  it("reports added and removed documents", () => {
    const d = diffItems(
      { endUsers: [], documents: [doc("RD1", "utility_bill", {}), doc("RD2", "passport", {})] },
      {
        endUsers: [],
        documents: [doc("RD3", "passport", {}), doc("RD4", "power_of_attorney", {})],
      },
    );
    assert.deepEqual(
      d.removed.map((r) => [r.sid, r.type]),
      [["RD1", "utility_bill"]],
    );
    assert.deepEqual(
      d.added.map((r) => [r.sid, r.type]),
      [["RD4", "power_of_attorney"]],
    );
    assert.deepEqual(
      d.items.map((i) => [i.originalSid, i.copySid, i.changes.length]),
      [["RD2", "RD3", 0]],
    );
  });

  it("no change: same values in another order, empty strings equal missing", () => {
    const d = diffItems(
      { endUsers: [endUser("IT1", { a: "1", list: ["AD1", "AD2"], c: "" })], documents: [] },
      { endUsers: [endUser("IT2", { list: ["AD2", "AD1"], a: "1" })], documents: [] },
    );
    assert.equal(d.hasChanges, false);
  });

  it("labels fields from the regulation", () => {
    const { regulation } = fixture("DE");
    const d = diffItems(
      {
        endUsers: [endUser("IT1", { business_name: "A" })],
        documents: [doc("RD1", "tax_document", { address_sids: ["AD1"] })],
      },
      {
        endUsers: [endUser("IT2", { business_name: "B" })],
        documents: [doc("RD2", "tax_document", { address_sids: [] })],
      },
      { regulation },
    );
    assert.equal(d.items[0]?.changes[0]?.label, "Business Name");
    assert.deepEqual(d.items[1]?.changes[0], {
      field: "address_sids",
      label: "Address",
      before: ["AD1"],
      after: [],
    });
  });
});

describe("onlyEdited", () => {
  const original = {
    endUsers: [endUser("IT1", { business_name: "Acme", website: "" })],
    documents: [doc("RD1", "utility_bill", { address_sids: ["AD1"] })],
  };
  const copy = {
    endUsers: [endUser("IT1", { business_name: "Acme GmbH", website: "https://x.example" })],
    documents: [doc("RD2", "utility_bill", { address_sids: ["AD1"] })],
  };
  const diff = diffItems(original, copy);

  it("keeps only the fields the customer changed (the website was changed elsewhere)", () => {
    const only = onlyEdited(diff, new Map([["IT1", { fields: ["business_name"] }]]));
    assert.deepEqual(
      only.items.flatMap((i) => i.changes.map((c) => c.field)),
      ["business_name"],
    );
    assert.equal(only.hasChanges, true);
  });

  it("with no edits nothing changes, whatever the copy holds", () => {
    const only = onlyEdited(diff, new Map());
    assert.deepEqual(only.items, []);
    assert.equal(only.hasChanges, false);
  });

  it("an edit that does not say which fields keeps every field of the item", () => {
    const only = onlyEdited(diff, new Map([["IT1", { fields: null }]]));
    assert.equal(only.items[0]?.changes.length, 2);
  });
});

describe("changedFieldLabels", () => {
  const field = (name: string, label: string): FieldDescriptor => ({
    name,
    label,
    description: "",
    kind: name === "address_sids" ? "address" : "text",
    required: true,
    value: "",
    failed: false,
    errorCode: null,
    guidance: null,
  });
  const fields = [
    field("business_name", "Business name"),
    field("business_registration_number", "Business registration number"),
    field("address_sids", "Address"),
  ];
  const cases: Array<[string, Record<string, unknown>, Record<string, unknown>, string[]]> = [
    ["nothing changed", { business_name: "Acme" }, { business_name: "Acme " }, []],
    [
      "two fields, in the section's order",
      { business_registration_number: "1", business_name: "A" },
      { business_name: "B", business_registration_number: "2" },
      ["Business name", "Business registration number"],
    ],
    [
      "a new item: every field given",
      {},
      { address_sids: ["AD1"], business_name: "A" },
      ["Business name", "Address"],
    ],
    ["a field emptied", { business_name: "A" }, {}, ["Business name"]],
    ["another address", { address_sids: ["AD1"] }, { address_sids: ["AD2"] }, ["Address"]],
    ["keys outside the section are not named", { comments: "x" }, { comments: "y" }, []],
  ];
  for (const [name, before, after, labels] of cases)
    it(name, () => assert.deepEqual(changedFieldLabels(fields, before, after), labels));
});
