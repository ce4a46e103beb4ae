import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRegulations } from "../seed/regulations";
import { field } from "../seed/regulation-builders";
import type { Regulation } from "../types";
import {
  deriveEndUserTypes,
  deriveSupportingDocumentTypes,
  regulationView,
} from "./document-types";

const regs = buildRegulations();
const BASE = "https://numbers.twilio.com/v2/RegulatoryCompliance";

describe("deriveEndUserTypes / deriveSupportingDocumentTypes", () => {
  const table = [
    { name: "EndUserTypes", derive: deriveEndUserTypes },
    { name: "SupportingDocumentTypes", derive: deriveSupportingDocumentTypes },
  ] as const;

  for (const t of table) {
    it(`${t.name}: Twilio shape, deterministic OY SIDs, absolute URLs, sorted`, () => {
      const types = t.derive(regs);
      assert.ok(types.length > 0);
      for (const type of types) {
        assert.deepEqual(Object.keys(type), [
          "sid",
          "friendly_name",
          "machine_name",
          "fields",
          "url",
        ]);
        assert.match(type.sid, /^OY[0-9a-f]{32}$/);
        assert.equal(type.url, `${BASE}/${t.name}/${type.sid}`);
        for (const f of type.fields)
          assert.deepEqual(Object.keys(f), ["friendly_name", "machine_name", "constraint"]);
      }
      const names = types.map((x) => x.machine_name);
      assert.deepEqual(names, [...names].sort());
      assert.equal(new Set(types.map((x) => x.sid)).size, types.length);
      assert.deepEqual(t.derive(buildRegulations()), types, "deterministic");
      assert.deepEqual(
        t.derive([...regs].reverse()).map((x) => [x.sid, x.machine_name]),
        types.map((x) => [x.sid, x.machine_name]),
      );
    });
  }

  it("end-user types are business and individual with the union of their fields", () => {
    const types = deriveEndUserTypes(regs);
    assert.deepEqual(
      types.map((x) => [x.machine_name, x.friendly_name]),
      [
        ["business", "Business"],
        ["individual", "Individual"],
      ],
    );
    const business = types[0]?.fields.map((f) => f.machine_name) ?? [];
    for (const name of [
      "business_name",
      "business_registration_number",
      "first_name",
      "phone_number",
      "business_identity",
      "is_subassigned",
      "comments",
      "birth_date",
      "business_description",
    ]) {
      assert.ok(business.includes(name), name);
    }
    assert.equal(new Set(business).size, business.length, "no duplicate fields");
  });

  it("a field optional in one regulation but required in another is listed as required", () => {
    const website = deriveEndUserTypes(regs)[0]?.fields.find(
      (f) => f.machine_name === "business_website",
    );
    assert.equal(website?.constraint, "String");
    const phone = deriveEndUserTypes(regs)[0]?.fields.find(
      (f) => f.machine_name === "phone_number",
    );
    assert.equal(phone?.constraint, "^\\+[1-9]\\d{1,14}$");
  });

  it("document types: generic friendly names, address_sids as List, field-less types", () => {
    const types = new Map(deriveSupportingDocumentTypes(regs).map((x) => [x.machine_name, x]));
    const kbis = types.get("commercial_registrar_excerpt");
    assert.equal(kbis?.friendly_name, "Excerpt from the commercial register");
    assert.deepEqual(kbis?.fields.map((f) => f.machine_name).sort(), [
      "address_sids",
      "business_name",
      "business_registration_number",
      "document_number",
    ]);
    assert.equal(kbis?.fields.find((f) => f.machine_name === "address_sids")?.constraint, "List");
    assert.deepEqual(types.get("power_of_attorney")?.fields, []);
    assert.equal(types.get("passport")?.friendly_name, "Passport");
    for (const t of [
      "address",
      "business_address",
      "customer_profile_address",
      "government_issued_document",
      "trade_license",
      "tax_document",
      "utility_bill",
    ]) {
      assert.ok(types.has(t), t);
    }
  });

  it("unknown machine names get a humanized friendly name", () => {
    const reg = structuredClone(regs[0]) as Regulation;
    const first = reg.requirements.supporting_document[0]?.[0]?.accepted_documents[0];
    assert.ok(first);
    first.type = "special_permit_copy";
    first.detailed_fields = [field("permit_no", "Permit Number", "")];
    const t = deriveSupportingDocumentTypes([reg]).find(
      (x) => x.machine_name === "special_permit_copy",
    );
    assert.equal(t?.friendly_name, "Special Permit Copy");
    assert.deepEqual(t?.fields, [
      { friendly_name: "Permit Number", machine_name: "permit_no", constraint: "String" },
    ]);
  });
});

describe("regulationView", () => {
  const reg = regs[0];
  assert.ok(reg);

  const table = [
    { includeConstraints: false, expectConstraint: false },
    { includeConstraints: true, expectConstraint: true },
  ];
  for (const t of table) {
    it(`includeConstraints=${t.includeConstraints}`, () => {
      const view = regulationView(reg, t.includeConstraints);
      assert.deepEqual(Object.keys(view), [
        "sid",
        "friendly_name",
        "iso_country",
        "number_type",
        "end_user_type",
        "requirements",
        "url",
      ]);
      assert.equal(view.url, `${BASE}/Regulations/${reg.sid}`);
      assert.ok(!("version" in view));
      const allFields = [
        ...view.requirements.end_user.flatMap((e) => e.detailed_fields),
        ...view.requirements.supporting_document
          .flat()
          .flatMap((r) => r.accepted_documents.flatMap((d) => d.detailed_fields)),
      ];
      assert.ok(allFields.length > 0);
      for (const f of allFields) {
        assert.equal("constraint" in f, t.expectConstraint, f.machine_name);
        assert.deepEqual(Object.keys(f).slice(0, 3), [
          "machine_name",
          "friendly_name",
          "description",
        ]);
      }
    });
  }

  it("is a copy: mutating the view leaves the regulation untouched", () => {
    const view = regulationView(reg, true);
    view.requirements.end_user[0]?.fields.push("x");
    const df = view.requirements.end_user[0]?.detailed_fields[0];
    assert.ok(df);
    df.friendly_name = "changed";
    assert.ok(!reg.requirements.end_user[0]?.fields.includes("x"));
    assert.notEqual(reg.requirements.end_user[0]?.detailed_fields[0]?.friendly_name, "changed");
  });
});
