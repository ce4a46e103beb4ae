import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { DetailedField } from "@/lib/domain/types";
import { describeField, fieldLabel, isOptionalField, parseEnumValues } from "./field-kind";
import { allSeededIsoCountries, fixture } from "./test-support/emulator-fixtures";

const E164 = "^\\+[1-9]\\d{1,14}$";
const ISO_DATE = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";

const f = (
  machineName: string,
  description = "",
  constraint?: string,
  friendlyName = "X",
): DetailedField =>
  constraint === undefined
    ? { machineName, friendlyName, description }
    : { machineName, friendlyName, description, constraint };

describe("describeField: kinds", () => {
  const cases: Array<[string, DetailedField, Partial<ReturnType<typeof describeField>>]> = [
    [
      "address_sids → address",
      f("address_sids", "Address sid of the business", "List"),
      { kind: "address", required: true },
    ],
    ["List constraint → address", f("addresses", "", "List"), { kind: "address" }],
    [
      "enum from prose",
      f(
        "business_identity",
        "Choose any one of the following values: [DIRECT_CUSTOMER, INDEPENDENT_SOFTWARE_VENDOR].",
        "String",
      ),
      { kind: "enum", options: ["DIRECT_CUSTOMER", "INDEPENDENT_SOFTWARE_VENDOR"] },
    ],
    [
      "E.164 regex → phone",
      f("phone_number", "Phone", E164),
      { kind: "phone", pattern: E164, placeholder: "+441234567890" },
    ],
    ["E.164 regex on any name → phone", f("contact", "", E164), { kind: "phone" }],
    ["date regex → date", f("some_field", "", ISO_DATE), { kind: "date", pattern: ISO_DATE }],
    ["name ending _date → date", f("issue_date", "", "String"), { kind: "date" }],
    ["birth_date → date", f("birth_date"), { kind: "date" }],
    [
      "YYYY-MM-DD in prose → date",
      f("dob", "Date of birth in the format YYYY-MM-DD"),
      { kind: "date" },
    ],
    [
      "email in name → email",
      f("email", "", "String"),
      { kind: "email", placeholder: "name@example.com" },
    ],
    ["representative_email → email", f("representative_email"), { kind: "email" }],
    ["website → url", f("business_website"), { kind: "url" }],
    ["url → url", f("privacy_policy_url"), { kind: "url" }],
    [
      "comments → textarea",
      f("comments", "This is an optional field.", ""),
      { kind: "textarea", required: false },
    ],
    ["business_description → textarea", f("business_description"), { kind: "textarea" }],
    [
      "plain text",
      f("business_name", "Name of the business", "String"),
      { kind: "text", required: true },
    ],
    [
      "other regex → text with pattern",
      f("postcode", "", "^[A-Z]{2}\\d+$"),
      { kind: "text", pattern: "^[A-Z]{2}\\d+$" },
    ],
    ["invalid regex ignored", f("x", "", "^[unclosed$"), { kind: "text", pattern: undefined }],
    [
      "Twilio's pseudo-constraint is not a regex",
      f("business_name", "", "business['business_name'] != null"),
      { kind: "text", pattern: undefined, required: true },
    ],
  ];
  for (const [name, field, expected] of cases)
    it(name, () => {
      const spec = describeField(field);
      for (const [key, value] of Object.entries(expected))
        assert.deepEqual(spec[key as keyof typeof spec], value, `${name}: ${key}`);
    });
});

describe("parseEnumValues", () => {
  const cases: Array<[string, string[] | null]> = [
    ["Choose any one of the following values: [A, B]", ["A", "B"]],
    ["Choose any one of the following values : [YES, NO].", ["YES", "NO"]],
    ["choose one of the following values [UK:CRN,US:EIN , Other]", ["UK:CRN", "US:EIN", "Other"]],
    [
      "Please read. Choose any one of the following values: [DIRECT_CUSTOMER]. More text.",
      ["DIRECT_CUSTOMER"],
    ],
    ["Choose any one of the following values: []", null],
    ["A list [A, B] without the phrase", null],
    ["", null],
  ];
  for (const [text, expected] of cases)
    it(JSON.stringify(text), () => assert.deepEqual(parseEnumValues(text), expected));

  it("keeps exact upper-case values and strips the prose from the hint", () => {
    const spec = describeField(
      f("is_subassigned", "Choose any one of the following values : [YES, NO]."),
    );
    assert.deepEqual(spec.options, ["YES", "NO"]);
    assert.equal(spec.hint, "");
  });
});

describe("isOptionalField", () => {
  const cases: Array<[string, DetailedField, boolean]> = [
    ["empty constraint", f("a", "", ""), true],
    ["prose 'This is an optional field.'", f("a", "This is an optional field."), true],
    ["prose with String constraint", f("a", "Website. This is an optional field.", "String"), true],
    ["String constraint", f("a", "", "String"), false],
    ["no constraint fetched, plain prose", f("a", "Name of the business"), false],
    ["the word 'optionally' alone", f("a", "Optionally hyphenated"), false],
  ];
  for (const [name, field, expected] of cases)
    it(name, () => assert.equal(isOptionalField(field), expected));

  it("removes the optional note from the hint", () => {
    assert.equal(
      describeField(
        f("business_website", "Website, e.g. https://x.com. This is an optional field.", ""),
      ).hint,
      "Website, e.g. https://x.com.",
    );
  });
});

describe("fieldLabel", () => {
  const cases: Array<[string, string, string]> = [
    ["address_sids", "Address sid(s)", "Address"],
    ["address_sids", "Business Address sid", "Business Address"],
    ["comments", "Comments (Optional)", "Comments"],
    ["business_name", "Business Name", "Business Name"],
    ["address_sids", "", "Address"],
    ["birth_date", "", "Birth date"],
  ];
  for (const [machineName, friendlyName, expected] of cases)
    it(`${friendlyName || machineName} → ${expected}`, () =>
      assert.equal(fieldLabel({ machineName, friendlyName, description: "" }), expected));
});

describe("describeField on every seeded regulation", () => {
  const expectations: Record<string, string> = {
    address_sids: "address",
    phone_number: "phone",
    birth_date: "date",
    issue_date: "date",
    email: "email",
    business_website: "url",
    comments: "textarea",
    business_identity: "enum",
    is_subassigned: "enum",
    business_registration_identifier: "enum",
    business_name: "text",
    first_name: "text",
  };
  for (const iso of allSeededIsoCountries())
    it(`${iso}: known machine names get their kind`, () => {
      const { regulation } = fixture(iso);
      const fields = [
        ...regulation.requirements.endUser.flatMap((r) => r.detailedFields),
        ...regulation.requirements.supportingDocument
          .flat()
          .flatMap((r) => r.acceptedDocuments.flatMap((a) => a.detailedFields)),
      ];
      assert.ok(fields.length > 0);
      for (const field of fields) {
        const expected = expectations[field.machineName];
        if (expected)
          assert.equal(describeField(field).kind, expected, `${iso} ${field.machineName}`);
        if (field.machineName === "comments") assert.equal(describeField(field).required, false);
      }
    });

  it("GB: the registration authority lists UK:CRN first; phone keeps the E.164 pattern", () => {
    const eu = fixture("GB").regulation.requirements.endUser[0];
    assert.ok(eu);
    const byName = new Map(eu.detailedFields.map((d) => [d.machineName, describeField(d)]));
    assert.equal(byName.get("business_registration_identifier")?.options?.[0], "UK:CRN");
    assert.equal(byName.get("phone_number")?.pattern, E164);
  });
});

describe("describeField: dates", () => {
  const date = (description: string): DetailedField => ({
    machineName: "date_of_birth",
    friendlyName: "Date of Birth",
    description,
  });
  it("drops Twilio's wire format from the hint: the date picker shows the browser's format", () => {
    assert.equal(
      describeField(date("Date of birth in the format YYYY-MM-DD")).hint,
      "Date of birth",
    );
    assert.equal(describeField(date("Issue date (YYYY-MM-DD)")).hint, "Issue date");
    assert.equal(
      describeField(date("Date of birth as shown on the ID")).hint,
      "Date of birth as shown on the ID",
    );
  });
});
