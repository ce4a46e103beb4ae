import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { evaluateBundle } from "../rules/evaluate";
import { enumValues, fieldRule } from "../rules/field-checks";
import type { Regulation, RegulationField } from "../types";
import { documentRequirement, acceptedDocument, field } from "./regulation-builders";
import { applyRegulationChange, buildRegulations } from "./regulations";
import { sampleBundleItems } from "./sample-values";

const BASE = "https://numbers.twilio.com/v2/RegulatoryCompliance";
const AD = "AD00000000000000000000000000000001";
const regs = buildRegulations();

function byIso(iso: string): Regulation {
  const r = buildRegulations().find((x) => x.iso_country === iso);
  assert.ok(r, iso);
  return r;
}

function allFields(r: Regulation): RegulationField[] {
  return [
    ...r.requirements.end_user.flatMap((e) => e.detailed_fields),
    ...r.requirements.supporting_document
      .flat()
      .flatMap((q) => q.accepted_documents.flatMap((d) => d.detailed_fields)),
  ];
}

function endUserField(r: Regulation, name: string): RegulationField | undefined {
  return r.requirements.end_user[0]?.detailed_fields.find((f) => f.machine_name === name);
}

describe("buildRegulations: structure", () => {
  it("seeds at least 6 regulations with unique deterministic RN SIDs", () => {
    assert.ok(regs.length >= 6);
    for (const r of regs) assert.match(r.sid, /^RN[0-9a-f]{32}$/);
    assert.equal(new Set(regs.map((r) => r.sid)).size, regs.length);
    assert.deepEqual(buildRegulations(), regs);
    assert.notEqual(buildRegulations()[0], regs[0], "fresh objects per call");
  });

  for (const r of regs) {
    it(`${r.friendly_name}: well-formed`, () => {
      assert.equal(r.version, 1);
      assert.match(
        r.friendly_name,
        /^[A-Z][A-Za-z ]+: (Local|Mobile|National|Toll-Free) - (Business|Individual)$/,
      );
      assert.match(r.iso_country, /^[A-Z]{2}$/);
      for (const eu of r.requirements.end_user) {
        assert.equal(eu.type, r.end_user_type);
        assert.equal(eu.url, `${BASE}/EndUserTypes/${eu.type}`);
        assert.deepEqual(
          eu.fields,
          eu.detailed_fields.map((f) => f.machine_name),
        );
      }
      assert.ok(r.requirements.supporting_document.length > 0);
      for (const req of r.requirements.supporting_document.flat()) {
        assert.equal(req.type, "document");
        assert.ok(req.accepted_documents.length > 0);
        for (const d of req.accepted_documents) {
          assert.equal(d.url, `${BASE}/SupportingDocumentTypes/${d.type}`);
          assert.deepEqual(
            d.fields,
            d.detailed_fields.map((f) => f.machine_name),
          );
        }
      }
      for (const f of allFields(r)) {
        assert.equal(typeof f.constraint, "string");
        if (f.machine_name === "address_sids") assert.equal(f.constraint, "List");
        if (f.constraint.startsWith("^")) assert.doesNotThrow(() => new RegExp(f.constraint));
      }
    });
  }
});

describe("buildRegulations: every seed is satisfiable", () => {
  for (const r of regs) {
    r.requirements.supporting_document.forEach((_, setIndex) => {
      it(`${r.friendly_name}, document set ${setIndex + 1}: a complete bundle is compliant`, () => {
        const items = sampleBundleItems(r, { accountSid: "AC1", addressSid: AD, setIndex });
        const out = evaluateBundle({ regulation: r, ...items, addressSids: new Set([AD]) });
        assert.equal(
          out.status,
          "compliant",
          JSON.stringify(
            out.results.filter((x) => !x.passed),
            null,
            1,
          ),
        );
        assert.equal(
          out.results.length,
          r.requirements.end_user.length +
            (r.requirements.supporting_document[setIndex]?.length ?? 0),
        );
      });
    });
  }
});

describe("buildRegulations: researched content", () => {
  it("France follows Twilio's Evaluation example", () => {
    const fr = byIso("FR");
    assert.equal(fr.friendly_name, "France: Local - Business");
    assert.deepEqual(fr.requirements.end_user[0]?.fields, [
      "business_name",
      "business_registration_number",
      "first_name",
      "last_name",
    ]);
    const set = fr.requirements.supporting_document[0] ?? [];
    assert.deepEqual(
      set.map((q) => [
        q.requirement_name,
        q.name,
        q.accepted_documents.map((d) => d.type).join("|"),
        q.accepted_documents[0]?.fields.join(","),
      ]),
      [
        ["business_name_info", "Business Name", "commercial_registrar_excerpt", "business_name"],
        [
          "business_address_proof_info",
          "Business Address (Proof of Address)",
          "commercial_registrar_excerpt",
          "address_sids",
        ],
        [
          "business_reg_no_info",
          "Business Registration Number",
          "commercial_registrar_excerpt",
          "document_number",
        ],
        [
          "name_of_auth_rep_info",
          "Name of Authorized Representative",
          "government_issued_document",
          "first_name,last_name",
        ],
        ["power_of_attorney_info", "Power of Attorney", "power_of_attorney", ""],
        [
          "name_in_power_of_attorney_info",
          "Name of Person granted the Power of Attorney",
          "government_issued_document",
          "first_name,last_name",
        ],
      ],
    );
  });

  it("Germany accepts alternative document types and has optional website/email/comments", () => {
    const de = byIso("DE");
    const types = (de.requirements.supporting_document[0] ?? []).map((q) =>
      q.accepted_documents.map((d) => d.type),
    );
    assert.ok(types.every((t) => t.length >= 2));
    for (const name of ["business_website", "email", "comments"])
      assert.equal(endUserField(de, name)?.constraint, "", name);
  });

  const enumTable = [
    {
      iso: "IE",
      field: "business_identity",
      values: ["DIRECT_CUSTOMER", "INDEPENDENT_SOFTWARE_VENDOR"],
    },
    { iso: "IE", field: "is_subassigned", values: ["YES", "NO"] },
    {
      iso: "GB",
      field: "business_registration_identifier",
      values: ["UK:CRN", "US:EIN", "CA:CBN", "AU:ACN", "Other"],
    },
  ];
  for (const t of enumTable) {
    it(`${t.iso} ${t.field}: enum values in prose`, () => {
      const f = endUserField(byIso(t.iso), t.field);
      assert.ok(f);
      assert.match(f.description, /Choose any one of the following values ?:/);
      assert.deepEqual(enumValues(f.description), t.values);
    });
  }

  it("Ireland: optional comments, business address with address_sids", () => {
    const ie = byIso("IE");
    assert.equal(endUserField(ie, "comments")?.constraint, "");
    const doc = ie.requirements.supporting_document[0]?.[0]?.accepted_documents[0];
    assert.equal(doc?.type, "business_address");
    assert.deepEqual(doc?.fields, ["address_sids"]);
  });

  it("United Kingdom: E.164 phone regex and customer_profile_address", () => {
    const gb = byIso("GB");
    const phone = endUserField(gb, "phone_number");
    assert.equal(phone?.constraint, "^\\+[1-9]\\d{1,14}$");
    const rule = phone ? fieldRule(phone) : undefined;
    assert.ok(
      rule?.kind === "pattern" &&
        rule.pattern.test("+441234567890") &&
        !rule.pattern.test("01234567890"),
    );
    assert.equal(
      gb.requirements.supporting_document[0]?.[0]?.accepted_documents[0]?.type,
      "customer_profile_address",
    );
  });

  it("Australia: individual with birth date, photo ID alternatives and address", () => {
    const au = byIso("AU");
    assert.equal(au.end_user_type, "individual");
    assert.match(endUserField(au, "birth_date")?.description ?? "", /YYYY-MM-DD/);
    const set = au.requirements.supporting_document[0] ?? [];
    const id = set.find((q) => q.accepted_documents.some((d) => d.type === "passport"));
    assert.deepEqual(
      id?.accepted_documents.map((d) => d.type),
      ["passport", "drivers_license"],
    );
    assert.ok(
      id?.accepted_documents.every(
        (d) => d.fields.includes("first_name") && d.fields.includes("document_number"),
      ),
    );
    assert.deepEqual(
      set.find((q) => q.requirement_name === "proof_of_address")?.accepted_documents[0]?.type,
      "address",
    );
  });

  it("Japan: two alternative document sets", () => {
    const jp = byIso("JP");
    assert.equal(jp.number_type, "national");
    assert.equal(jp.requirements.supporting_document.length, 2);
  });

  it("covers every field kind the portal's forms must handle", () => {
    const fields = regs.flatMap(allFields);
    const has = (p: (f: RegulationField) => boolean) => fields.some(p);
    const kinds: Record<string, boolean> = {
      text: has((f) => f.constraint === "String" && f.machine_name === "business_name"),
      email: has((f) => f.machine_name === "email" && f.constraint === "String"),
      url: has((f) => f.machine_name === "business_website" && f.constraint === "String"),
      phone: has((f) => f.machine_name === "phone_number" && f.constraint.startsWith("^\\+")),
      date: has((f) => /date/.test(f.machine_name) && /YYYY-MM-DD/.test(f.description)),
      enum: has((f) => enumValues(f.description) !== null),
      optional: has((f) => f.constraint === ""),
      addressList: has((f) => f.machine_name === "address_sids" && f.constraint === "List"),
      fileOnly: regs.some((r) =>
        r.requirements.supporting_document
          .flat()
          .some((q) => q.accepted_documents.some((d) => d.fields.length === 0)),
      ),
    };
    for (const [kind, present] of Object.entries(kinds)) assert.ok(present, kind);
  });
});

describe("applyRegulationChange", () => {
  const extra = documentRequirement("extra_info", "Extra", "Extra proof.", [
    acceptedDocument("utility_bill", "Utility bill", [
      field("address_sids", "Address sid(s)", "", "List"),
    ]),
  ]);

  it("appends a given requirement to every alternative set and bumps the version", () => {
    const jp = byIso("JP");
    const before = structuredClone(jp);
    const next = applyRegulationChange(jp, { requirement: extra });
    assert.equal(next.version, 2);
    assert.equal(next.sid, jp.sid);
    for (const set of next.requirements.supporting_document)
      assert.equal(set.at(-1)?.requirement_name, "extra_info");
    assert.deepEqual(jp, before, "input untouched");
  });

  it("adds or replaces a given end-user field", () => {
    const de = byIso("DE");
    const next = applyRegulationChange(de, {
      endUserField: field("email", "Email", "Contact e-mail address"),
    });
    assert.equal(endUserField(next, "email")?.constraint, "String");
    assert.equal(next.requirements.end_user[0]?.fields.filter((f) => f === "email").length, 1);
    const added = applyRegulationChange(de, {
      endUserField: field("vat_number", "VAT Number", ""),
    });
    assert.equal(added.requirements.end_user[0]?.fields.at(-1), "vat_number");
  });

  const defaults = [
    {
      iso: "FR",
      expect: (r: Regulation) => endUserField(r, "business_website")?.constraint === "String",
    },
    {
      iso: "DE",
      expect: (r: Regulation) => endUserField(r, "business_website")?.constraint === "String",
    },
    { iso: "AU", expect: (r: Regulation) => endUserField(r, "email")?.constraint === "String" },
    {
      iso: "IE",
      expect: (r: Regulation) =>
        r.requirements.supporting_document.every((s) =>
          s.some((q) => q.requirement_name === "business_reg_no_info"),
        ),
    },
  ];
  for (const t of defaults) {
    it(`${t.iso}: a default change is applied when none is given`, () => {
      const before = byIso(t.iso);
      const next = applyRegulationChange(before);
      assert.equal(next.version, before.version + 1);
      assert.ok(t.expect(next));
      assert.ok(!t.expect(before));
    });
  }

  it("a changed regulation makes a previously compliant bundle noncompliant", () => {
    for (const r of regs) {
      const items = sampleBundleItems(r, { accountSid: "AC1", addressSid: AD });
      // Leave optional fields empty, as a customer may have done.
      for (const f of r.requirements.end_user[0]?.detailed_fields ?? []) {
        if (f.constraint === "") delete items.endUsers[0]?.attributes[f.machine_name];
      }
      assert.equal(
        evaluateBundle({ regulation: r, ...items }).status,
        "compliant",
        r.friendly_name,
      );
      const changed = applyRegulationChange(r);
      const out = evaluateBundle({ regulation: changed, ...items });
      assert.equal(out.status, "noncompliant", r.friendly_name);
      const twice = applyRegulationChange(changed);
      assert.equal(twice.version, 3);
      assert.notDeepEqual(
        twice.requirements,
        changed.requirements,
        `${r.friendly_name}: second change differs`,
      );
    }
  });
});
