import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRegulations } from "../seed/regulations";
import { sampleBundleItems, type SampleItems } from "../seed/sample-values";
import type { EvaluationResult, Regulation, SupportingDocument } from "../types";
import { evaluateBundle } from "./evaluate";
import { ITEM_KEYS, RESULT_KEYS } from "./result";

const AD = "AD00000000000000000000000000000001";
const OTHER_AD = "AD00000000000000000000000000000099";
const KBIS = "commercial_registrar_excerpt";
const FR_ADDRESS_DOC = "Excerpt from the commercial register showing French address";

function reg(iso: string): Regulation {
  const found = buildRegulations().find((r) => r.iso_country === iso);
  assert.ok(found, `seed regulation ${iso}`);
  return found;
}

function items(r: Regulation, setIndex = 0): SampleItems {
  return sampleBundleItems(r, { accountSid: "AC1", addressSid: AD, setIndex });
}

function docOf(i: SampleItems, type: string): SupportingDocument {
  const d = i.documents.find((x) => x.type === type);
  assert.ok(d, `document ${type}`);
  return d;
}

function firstEndUserAttrs(i: SampleItems): Record<string, unknown> {
  const eu = i.endUsers[0];
  assert.ok(eu);
  return eu.attributes;
}

function entry(results: EvaluationResult[], requirementName: string): EvaluationResult {
  const e = results.find((r) => r.requirement_name === requirementName);
  assert.ok(e, `entry ${requirementName} in ${results.map((r) => r.requirement_name).join(",")}`);
  return e;
}

interface Case {
  name: string;
  iso: string;
  setIndex?: number;
  mutate: (i: SampleItems) => void;
  addressSids?: string[];
  status: "compliant" | "noncompliant";
  requirement?: string;
  error_code?: number | null;
  failure_reason?: string | RegExp;
  invalid?: Array<{ field: string; code: number; reason?: string | RegExp }>;
  valid?: string[];
}

const cases: Case[] = [
  {
    name: "missing end user → 22214 with every required field invalid (22215)",
    iso: "FR",
    mutate: (i) => i.endUsers.splice(0),
    status: "noncompliant",
    requirement: "business_info",
    error_code: 22214,
    failure_reason: "A Business End-User is missing. Please add one to the regulatory bundle.",
    invalid: [
      {
        field: "business_name",
        code: 22215,
        reason:
          "The Business Name is missing. Please enter in a Business Name on the Business information.",
      },
      { field: "business_registration_number", code: 22215 },
      {
        field: "first_name",
        code: 22215,
        reason:
          "The First Name is missing. Please enter in a First Name on the Business information.",
      },
      { field: "last_name", code: 22215 },
    ],
    valid: [],
  },
  {
    name: "end user of the wrong type counts as missing",
    iso: "FR",
    mutate: (i) => {
      const eu = i.endUsers[0];
      assert.ok(eu);
      eu.type = "individual";
    },
    status: "noncompliant",
    requirement: "business_info",
    error_code: 22214,
  },
  {
    name: "empty required end-user field → 22215; filled ones valid",
    iso: "FR",
    mutate: (i) => {
      firstEndUserAttrs(i).first_name = "";
    },
    status: "noncompliant",
    requirement: "business_info",
    error_code: 22215,
    failure_reason: /^The Business End-User is missing information/,
    invalid: [
      {
        field: "first_name",
        code: 22215,
        reason:
          "The First Name is missing. Please enter in a First Name on the Business information.",
      },
    ],
    valid: ["business_name", "business_registration_number", "last_name"],
  },
  {
    name: "whitespace-only and non-string values count as missing",
    iso: "FR",
    mutate: (i) => {
      firstEndUserAttrs(i).last_name = "   ";
      firstEndUserAttrs(i).business_name = { nested: true };
    },
    status: "noncompliant",
    requirement: "business_info",
    error_code: 22215,
    invalid: [
      { field: "business_name", code: 22215 },
      { field: "last_name", code: 22215 },
    ],
  },
  {
    name: "regex constraint failure (E.164 phone) → 22215 format message",
    iso: "GB",
    mutate: (i) => {
      firstEndUserAttrs(i).phone_number = "01234 567890";
    },
    status: "noncompliant",
    requirement: "business_info",
    error_code: 22215,
    invalid: [
      {
        field: "phone_number",
        code: 22215,
        reason:
          "The Authorized Representative's Phone Number is not in the required format. Please enter in a valid Authorized Representative's Phone Number on the Business information.",
      },
    ],
  },
  {
    name: "date regex failure on an end-user birth date",
    iso: "AU",
    mutate: (i) => {
      firstEndUserAttrs(i).birth_date = "31/01/1980";
    },
    status: "noncompliant",
    requirement: "individual_info",
    error_code: 22215,
    invalid: [{ field: "birth_date", code: 22215, reason: /not in the required format/ }],
  },
  {
    name: "enum from prose: lowercase value is not accepted",
    iso: "IE",
    mutate: (i) => {
      firstEndUserAttrs(i).is_subassigned = "yes";
      firstEndUserAttrs(i).business_identity = "RESELLER";
    },
    status: "noncompliant",
    requirement: "business_info",
    error_code: 22215,
    invalid: [
      {
        field: "business_identity",
        code: 22215,
        reason:
          "The Business Classification is not one of the accepted values. Please enter in one of [DIRECT_CUSTOMER, INDEPENDENT_SOFTWARE_VENDOR] as the Business Classification on the Business information.",
      },
      { field: "is_subassigned", code: 22215, reason: /one of \[YES, NO\]/ },
    ],
  },
  {
    name: 'optional fields (constraint "") never fail',
    iso: "DE",
    mutate: (i) => {
      const a = firstEndUserAttrs(i);
      delete a.comments;
      a.email = "";
      a.business_website = null;
    },
    status: "compliant",
    requirement: "business_info",
    error_code: null,
    invalid: [],
  },
  {
    name: "missing document with fields → 22216 and fields invalid with mismatch wording",
    iso: "FR",
    mutate: (i) => {
      i.documents = i.documents.filter((d) => d.type !== "government_issued_document");
    },
    status: "noncompliant",
    requirement: "name_of_auth_rep_info",
    error_code: 22216,
    failure_reason: "A Government-issued ID is missing. Please add one to the regulatory bundle.",
    invalid: [
      {
        field: "first_name",
        code: 22217,
        reason:
          "The First Name is missing. Or, it does not match the First Name you entered within Business information. Please enter in the First Name shown on the Government-issued ID or make sure both First Name fields use the same exact inputs.",
      },
      { field: "last_name", code: 22217 },
    ],
    valid: [],
  },
  {
    name: "missing document for another person uses the short wording",
    iso: "FR",
    mutate: (i) => {
      i.documents = i.documents.filter((d) => d.type !== "government_issued_document");
    },
    status: "noncompliant",
    requirement: "name_in_power_of_attorney_info",
    error_code: 22216,
    invalid: [
      {
        field: "first_name",
        code: 22217,
        reason: "The First Name is missing on the Government-issued ID.",
      },
      {
        field: "last_name",
        code: 22217,
        reason: "The Last Name is missing on the Government-issued ID.",
      },
    ],
  },
  {
    name: "missing document without fields → 22216 with invalid []",
    iso: "FR",
    mutate: (i) => {
      i.documents = i.documents.filter((d) => d.type !== "power_of_attorney");
    },
    status: "noncompliant",
    requirement: "power_of_attorney_info",
    error_code: 22216,
    failure_reason:
      "An Executed Copy of Power of Attorney is missing. Please add one to the regulatory bundle.",
    invalid: [],
    valid: [],
  },
  {
    name: "present document without fields passes",
    iso: "FR",
    mutate: () => undefined,
    status: "compliant",
    requirement: "power_of_attorney_info",
    error_code: null,
    invalid: [],
    valid: [],
  },
  {
    name: "empty non-shared document field → 22217",
    iso: "FR",
    mutate: (i) => {
      delete docOf(i, KBIS).attributes.document_number;
    },
    status: "noncompliant",
    requirement: "business_reg_no_info",
    error_code: 22217,
    failure_reason:
      /^The Excerpt from the commercial register \(Extrait K-bis\) is missing information/,
    invalid: [
      {
        field: "document_number",
        code: 22217,
        reason:
          "The Document Number is missing. Please enter in the Document Number shown on the Excerpt from the commercial register (Extrait K-bis).",
      },
    ],
  },
  {
    name: "address_sids empty → 22219",
    iso: "FR",
    mutate: (i) => {
      docOf(i, KBIS).attributes.address_sids = [];
    },
    addressSids: [AD],
    status: "noncompliant",
    requirement: "business_address_proof_info",
    error_code: 22219,
    invalid: [
      {
        field: "address_sids",
        code: 22219,
        reason: `The Address is missing. Please enter in the address shown on the ${FR_ADDRESS_DOC}.`,
      },
    ],
  },
  {
    name: "address_sids given as a string (not an array) → 22219",
    iso: "IE",
    mutate: (i) => {
      docOf(i, "business_address").attributes.address_sids = AD;
    },
    status: "noncompliant",
    requirement: "business_address_info",
    error_code: 22219,
    invalid: [{ field: "address_sids", code: 22219, reason: /^The Address is missing/ }],
  },
  {
    name: "unknown (other account) address → 22219",
    iso: "FR",
    mutate: (i) => {
      docOf(i, KBIS).attributes.address_sids = [AD, OTHER_AD];
    },
    addressSids: [AD],
    status: "noncompliant",
    requirement: "business_address_proof_info",
    error_code: 22219,
    invalid: [
      {
        field: "address_sids",
        code: 22219,
        reason: `The Address ${OTHER_AD} could not be found on this account. Please enter in the address shown on the ${FR_ADDRESS_DOC}.`,
      },
    ],
  },
  {
    name: "without an addressSids set, any address SID list is accepted",
    iso: "FR",
    mutate: (i) => {
      docOf(i, KBIS).attributes.address_sids = [OTHER_AD];
    },
    status: "compliant",
  },
  {
    name: "cross-item mismatch → 22217 with the guide's wording",
    iso: "FR",
    mutate: (i) => {
      docOf(i, KBIS).attributes.business_name = "Autre Nom SARL";
    },
    status: "noncompliant",
    requirement: "business_name_info",
    error_code: 22217,
    invalid: [
      {
        field: "business_name",
        code: 22217,
        reason:
          "The Business Name is missing. Or, it does not match the Business Name you entered within Business information. Please enter in the Business Name shown on the Excerpt from the commercial register (Extrait K-bis) showing name of Authorized Representative or make sure both Business Name fields use the same exact inputs.",
      },
    ],
  },
  {
    name: "cross-item comparison is exact (case matters)",
    iso: "DE",
    mutate: (i) => {
      docOf(i, KBIS).attributes.business_registration_number =
        String(firstEndUserAttrs(i).business_registration_number) + "X";
    },
    status: "noncompliant",
    requirement: "business_reg_no_info",
    error_code: 22217,
    invalid: [
      {
        field: "business_registration_number",
        code: 22217,
        reason: /does not match the Business Registration Number/,
      },
    ],
  },
  {
    name: "cross-item values equal after trimming pass",
    iso: "FR",
    mutate: (i) => {
      docOf(i, KBIS).attributes.business_name = `  ${String(firstEndUserAttrs(i).business_name)}  `;
      firstEndUserAttrs(i).first_name = " Jane";
    },
    status: "compliant",
  },
  {
    name: "another person's ID is not compared with the End-User (power-of-attorney holder)",
    iso: "FR",
    mutate: (i) => {
      const id = docOf(i, "government_issued_document");
      i.documents.push({
        ...id,
        sid: "RDother",
        attributes: { first_name: "John", last_name: "Smith" },
      });
      id.attributes = { first_name: "Jane", last_name: "Doe-Other" };
    },
    status: "noncompliant",
    requirement: "name_in_power_of_attorney_info",
    error_code: null,
  },
  {
    name: "rejected document fails with its own reason and code",
    iso: "FR",
    mutate: (i) => {
      Object.assign(docOf(i, "power_of_attorney"), {
        status: "rejected",
        failure_reason: "The document is illegible.",
        errors: [{ code: 18001 }],
      });
    },
    status: "noncompliant",
    requirement: "power_of_attorney_info",
    error_code: 18001,
    failure_reason: "The document is illegible.",
  },
  {
    name: "rejected document without reason/errors → 22216 and the default reason",
    iso: "FR",
    mutate: (i) => {
      Object.assign(docOf(i, "power_of_attorney"), {
        status: "rejected",
        failure_reason: null,
        errors: null,
      });
    },
    status: "noncompliant",
    requirement: "power_of_attorney_info",
    error_code: 22216,
    failure_reason:
      "The Executed Copy of Power of Attorney was rejected. Please remove it and add a new one to the regulatory bundle.",
  },
  {
    name: "a passing document is preferred over a rejected one of the same type",
    iso: "FR",
    mutate: (i) => {
      const poa = docOf(i, "power_of_attorney");
      i.documents.unshift({
        ...poa,
        sid: "RDrejected",
        status: "rejected",
        failure_reason: "Expired.",
        errors: [{ code: 18003 }],
      });
    },
    status: "compliant",
  },
  {
    name: "document regex failure (issue date) → 22217 format message",
    iso: "AU",
    mutate: (i) => {
      const passport = docOf(i, "passport");
      passport.type = "drivers_license";
      passport.attributes = {
        first_name: "Jane",
        last_name: "Doe",
        document_number: "D123",
        issue_date: "01/05/2020",
      };
    },
    status: "noncompliant",
    requirement: "proof_of_identity_info",
    error_code: 22217,
    invalid: [
      {
        field: "issue_date",
        code: 22217,
        reason:
          "The Issue Date is not in the required format. Please enter in the Issue Date shown on the Driver's License.",
      },
    ],
  },
  {
    name: "alternative accepted document type (tax document instead of excerpt) passes",
    iso: "DE",
    mutate: (i) => {
      docOf(i, KBIS).type = "tax_document";
    },
    status: "compliant",
  },
  {
    name: "extra end-user attributes are ignored",
    iso: "EE",
    mutate: (i) => {
      firstEndUserAttrs(i).unexpected = "value";
    },
    status: "compliant",
  },
  {
    name: "the best of several end users is reported",
    iso: "EE",
    mutate: (i) => {
      const eu = i.endUsers[0];
      assert.ok(eu);
      i.endUsers.unshift({ ...eu, sid: "ITempty", attributes: {} });
    },
    status: "compliant",
  },
];

describe("evaluateBundle", () => {
  for (const c of cases) {
    it(c.name, () => {
      const r = reg(c.iso);
      const i = items(r, c.setIndex);
      c.mutate(i);
      const out = evaluateBundle({
        regulation: r,
        endUsers: i.endUsers,
        documents: i.documents,
        addressSids: c.addressSids ? new Set(c.addressSids) : undefined,
      });
      assert.equal(
        out.status,
        c.status,
        JSON.stringify(
          out.results.filter((x) => !x.passed),
          null,
          1,
        ),
      );
      if (!c.requirement) return;
      const e = entry(out.results, c.requirement);
      if (c.error_code !== undefined) {
        assert.equal(e.error_code, c.error_code);
        assert.equal(e.passed, c.error_code === null);
      }
      if (typeof c.failure_reason === "string") assert.equal(e.failure_reason, c.failure_reason);
      else if (c.failure_reason) assert.match(e.failure_reason ?? "", c.failure_reason);
      if (c.invalid) {
        assert.deepEqual(
          e.invalid.map((x) => [x.object_field, x.error_code]),
          c.invalid.map((x) => [x.field, x.code]),
        );
        c.invalid.forEach((exp, k) => {
          const got = e.invalid[k]?.failure_reason ?? "";
          if (typeof exp.reason === "string") assert.equal(got, exp.reason);
          else if (exp.reason) assert.match(got, exp.reason);
        });
      }
      if (c.valid) {
        assert.deepEqual(
          e.valid.map((x) => x.object_field),
          c.valid,
        );
        for (const v of e.valid) {
          assert.equal(v.error_code, null);
          assert.equal(v.failure_reason, null);
        }
      }
    });
  }
});

describe("evaluateBundle: France empty bundle reproduces Twilio's example", () => {
  const out = evaluateBundle({ regulation: reg("FR"), endUsers: [], documents: [] });

  it("has one entry per requirement, in order, all failing", () => {
    assert.equal(out.status, "noncompliant");
    assert.deepEqual(
      out.results.map((r) => [r.requirement_name, r.object_type, r.error_code]),
      [
        ["business_info", "business", 22214],
        ["business_name_info", KBIS, 22216],
        ["business_address_proof_info", KBIS, 22216],
        ["business_reg_no_info", KBIS, 22216],
        ["name_of_auth_rep_info", "government_issued_document", 22216],
        ["power_of_attorney_info", "power_of_attorney", 22216],
        ["name_in_power_of_attorney_info", "government_issued_document", 22216],
      ],
    );
  });

  it("matches the example's address and registration-number entries exactly", () => {
    assert.deepEqual(entry(out.results, "business_address_proof_info"), {
      friendly_name: FR_ADDRESS_DOC,
      object_type: KBIS,
      passed: false,
      failure_reason: `An ${FR_ADDRESS_DOC} is missing. Please add one to the regulatory bundle.`,
      error_code: 22216,
      valid: [],
      invalid: [
        {
          friendly_name: "Address sid(s)",
          object_field: "address_sids",
          failure_reason: `The Address is missing. Please enter in the address shown on the ${FR_ADDRESS_DOC}.`,
          error_code: 22219,
        },
      ],
      requirement_friendly_name: "Business Address (Proof of Address)",
      requirement_name: "business_address_proof_info",
    });
    assert.deepEqual(entry(out.results, "business_reg_no_info").invalid, [
      {
        friendly_name: "Document Number",
        object_field: "document_number",
        failure_reason:
          "The Document Number is missing. Please enter in the Document Number shown on the Excerpt from the commercial register (Extrait K-bis).",
        error_code: 22217,
      },
    ]);
  });
});

describe("evaluateBundle: result shape", () => {
  it("entries and items carry exactly the documented keys, in order", () => {
    const r = reg("FR");
    const i = items(r);
    firstEndUserAttrs(i).first_name = "";
    const out = evaluateBundle({ regulation: r, endUsers: i.endUsers, documents: i.documents });
    assert.deepEqual(Object.keys(out).sort(), ["results", "status"]);
    for (const e of out.results) {
      assert.deepEqual(Object.keys(e), [...RESULT_KEYS]);
      for (const item of [...e.valid, ...e.invalid])
        assert.deepEqual(Object.keys(item), [...ITEM_KEYS]);
    }
    assert.ok(out.results.some((e) => e.valid.length > 0 && e.invalid.length > 0));
  });

  it("emits every documented evaluation code", () => {
    const codes = new Set<number>();
    const collect = (regulation: Regulation, i: SampleItems, addressSids?: Set<string>) => {
      for (const e of evaluateBundle({
        regulation,
        endUsers: i.endUsers,
        documents: i.documents,
        addressSids,
      }).results) {
        if (e.error_code !== null) codes.add(e.error_code);
        for (const x of e.invalid) if (x.error_code !== null) codes.add(x.error_code);
      }
    };
    collect(reg("FR"), { endUsers: [], documents: [] });
    const fr = reg("FR");
    const partial = items(fr);
    docOf(partial, KBIS).attributes.business_name = "Mismatch";
    docOf(partial, KBIS).attributes.address_sids = [OTHER_AD];
    collect(fr, partial, new Set([AD]));
    assert.deepEqual([...codes].sort(), [22214, 22215, 22216, 22217, 22219]);
  });
});

describe("evaluateBundle: alternative document sets", () => {
  const jp = reg("JP");
  const names = (rs: EvaluationResult[]) => rs.map((r) => r.requirement_name);

  it("the second set satisfied → compliant, and that set is reported", () => {
    const i = items(jp, 1);
    const out = evaluateBundle({
      regulation: jp,
      endUsers: i.endUsers,
      documents: i.documents,
      addressSids: new Set([AD]),
    });
    assert.equal(out.status, "compliant");
    assert.ok(names(out.results).includes("name_of_ben_owner_info"));
    assert.ok(!names(out.results).includes("auth_of_rep_info"));
  });

  it("nothing satisfied → the first set is reported (tie)", () => {
    const out = evaluateBundle({ regulation: jp, endUsers: [], documents: [] });
    assert.equal(out.status, "noncompliant");
    const firstSet = jp.requirements.supporting_document[0] ?? [];
    assert.deepEqual(names(out.results), [
      "business_info",
      ...firstSet.map((r) => r.requirement_name),
    ]);
  });

  it("otherwise the set with the fewest failures is reported", () => {
    const i = items(jp, 1);
    i.documents = i.documents.filter((d) => d.type !== "shareholders_registry");
    const out = evaluateBundle({ regulation: jp, endUsers: i.endUsers, documents: i.documents });
    assert.equal(out.status, "noncompliant");
    assert.deepEqual(
      out.results.filter((r) => !r.passed).map((r) => r.requirement_name),
      ["ben_ownership_and_identity_info"],
    );
  });

  it("a regulation without document sets only reports end-user entries", () => {
    const ee = reg("EE");
    ee.requirements.supporting_document = [];
    const i = items(reg("EE"));
    const out = evaluateBundle({ regulation: ee, endUsers: i.endUsers, documents: [] });
    assert.equal(out.status, "compliant");
    assert.deepEqual(names(out.results), ["business_info"]);
  });
});
