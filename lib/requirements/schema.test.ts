import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRequirementForm } from "./build-form";
import { fieldSchema, parseGroupSubmission, schemaForGroup } from "./schema";
import { AD, fixture, OTHER_AD } from "./test-support/emulator-fixtures";
import type { FieldDescriptor, FieldKind, FormGroup } from "./types";
import { translatorFor } from "@/lib/i18n/translator";

const tg = await translatorFor("en", "Guidance");
const tv = await translatorFor("en", "Validation");

function fd(kind: FieldKind, extra: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return {
    name: "f",
    label: "Business Name",
    description: "",
    kind,
    required: true,
    value: kind === "address" ? [] : "",
    failed: false,
    errorCode: null,
    guidance: null,
    ...extra,
  };
}

const ISO_DATE = "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$";

describe("fieldSchema accepts good and rejects bad values", () => {
  const cases: Array<{
    name: string;
    field: FieldDescriptor;
    good: unknown[];
    bad: Array<[unknown, RegExp]>;
  }> = [
    {
      name: "required text",
      field: fd("text", { name: "business_name" }),
      good: ["Acme", "  Acme  "],
      bad: [
        ["", /Enter the business name as it appears on your registration/],
        ["   ", /Enter the business name/],
        [undefined, /Enter the business name/],
      ],
    },
    {
      name: "optional text",
      field: fd("textarea", { required: false, label: "Comments" }),
      good: ["", undefined, "note"],
      bad: [],
    },
    {
      name: "email",
      field: fd("email", { label: "Email" }),
      good: ["jane@example.com"],
      bad: [
        ["jane@", /valid email address/],
        ["", /Enter the email/],
      ],
    },
    {
      name: "optional email: empty ok, bad format not",
      field: fd("email", { required: false }),
      good: ["", undefined],
      bad: [["nope", /valid email/]],
    },
    {
      name: "url with http(s)",
      field: fd("url"),
      good: ["https://www.example.com", "http://example.de/path"],
      bad: [
        ["ftp://example.com", /starting with https:\/\//],
        ["www.example.com", /https/],
        ["https://localhost", /https/],
      ],
    },
    {
      name: "phone E.164",
      field: fd("phone", { pattern: "^\\+[1-9]\\d{1,14}$" }),
      good: ["+441234567890"],
      bad: [
        ["01234 567890", /Use the international format, e\.g\. \+441234567890/],
        ["+0123", /international format/],
      ],
    },
    {
      name: "date",
      field: fd("date", { label: "Date of Birth", pattern: ISO_DATE, placeholder: "YYYY-MM-DD" }),
      good: ["1980-01-31", "2024-02-29"],
      bad: [
        ["31/01/1980", /YYYY-MM-DD/],
        ["2023-02-29", /does not exist/],
        ["", /Enter the date of birth as YYYY-MM-DD/],
        ["0001-01-01", /year: it should be between 1900 and 2100/],
        ["2999-12-31", /between 1900 and 2100/],
        [
          new Date(Date.now() + 86_400_000).toISOString().slice(0, 10),
          /date of birth cannot be in the future/,
        ],
      ],
    },
    {
      name: "enum",
      field: fd("enum", { options: ["YES", "NO"] }),
      good: ["YES", "NO"],
      bad: [
        ["yes", /^Choose one of: YES, NO$/],
        ["", /Choose one of: YES, NO/],
      ],
    },
    {
      name: "optional enum",
      field: fd("enum", { options: ["YES", "NO"], required: false }),
      good: ["", undefined, "NO"],
      bad: [["MAYBE", /Choose one of/]],
    },
    {
      name: "pattern",
      field: fd("text", { label: "Postcode", pattern: "^[A-Z]{2}\\d+$" }),
      good: ["AB12"],
      bad: [["12AB", /Enter the postcode in the required format/]],
    },
    {
      name: "address",
      field: fd("address", { name: "address_sids" }),
      good: [[AD], AD, [AD, OTHER_AD]],
      bad: [
        [[], /Choose at least one address/],
        ["", /at least one address/],
        [["AD123"], /Choose an address from the list/],
        [[AD, 5], /Choose an address/],
      ],
    },
    {
      name: "optional address",
      field: fd("address", { required: false }),
      good: [[], ""],
      bad: [[["x"], /Choose an address/]],
    },
  ];
  for (const { name, field, good, bad } of cases) {
    const schema = fieldSchema(field, "end_user", tv);
    it(`${name}: accepts`, () => {
      for (const v of good)
        assert.ok(schema.safeParse(v).success, `${name} should accept ${JSON.stringify(v)}`);
    });
    if (bad.length > 0)
      it(`${name}: rejects with a clear message`, () => {
        for (const [v, message] of bad) {
          const r = schema.safeParse(v);
          assert.equal(r.success, false, `${name} should reject ${JSON.stringify(v)}`);
          assert.match(r.error?.issues[0]?.message ?? "", message);
        }
      });
  }

  it("document fields ask for the value as it appears on the document", () => {
    const r = fieldSchema(fd("text"), "supporting_document", tv).safeParse("");
    assert.match(r.error?.issues[0]?.message ?? "", /as it appears on the document/);
  });

  it("trims text and normalises a single address to a list", () => {
    assert.equal(fieldSchema(fd("text"), "end_user", tv).parse("  Acme "), "Acme");
    assert.deepEqual(fieldSchema(fd("address"), "end_user", tv).parse(AD), [AD]);
  });
});

describe("address ownership (server rule)", () => {
  const field = fd("address", { name: "address_sids" });
  it("accepts owned addresses and rejects others", () => {
    const opts = { addressSids: new Set([AD]) };
    assert.ok(fieldSchema(field, "supporting_document", tv, opts).safeParse([AD]).success);
    const r = fieldSchema(field, "supporting_document", tv, opts).safeParse([AD, OTHER_AD]);
    assert.equal(r.success, false);
    assert.match(r.error?.issues[0]?.message ?? "", /Choose one of your saved addresses/);
  });
  it("without addressSids (browser) only the format is checked", () => {
    assert.ok(fieldSchema(field, "supporting_document", tv).safeParse([OTHER_AD]).success);
  });
});

function formFor(iso: string, mutate: Parameters<typeof fixture>[1]) {
  return buildRequirementForm(fixture(iso, mutate), tg);
}

function groupById(groups: FormGroup[], id: string): FormGroup {
  const g = groups.find((x) => x.id === id);
  assert.ok(g, id);
  return g;
}

describe("schemaForGroup / parseGroupSubmission", () => {
  it("an End-User group: fieldErrors per field, unknown keys dropped", () => {
    const form = formFor("GB", (i) => void i.endUsers.splice(0));
    const g = groupById(form.groups, "new_end_user:business_info");
    const bad = parseGroupSubmission(
      g,
      {
        business_name: "",
        phone_number: "0123",
        is_subassigned: "yes",
      },
      tv,
    );
    assert.equal(bad.ok, false);
    if (!bad.ok) {
      assert.deepEqual(bad.fieldErrors.phone_number, [
        "Use the international format, e.g. +441234567890",
      ]);
      assert.deepEqual(bad.fieldErrors.is_subassigned, ["Choose one of: YES, NO"]);
      assert.match(bad.fieldErrors.business_name?.[0] ?? "", /as it appears on your registration/);
      assert.equal(bad.fieldErrors.comments, undefined, "optional");
    }
    const good = parseGroupSubmission(
      g,
      {
        business_name: "Acme Ltd",
        business_registration_identifier: "UK:CRN",
        business_registration_number: "12345678",
        business_website: "https://acme.example.com",
        first_name: "Jane",
        last_name: "Doe",
        phone_number: "+441234567890",
        email: "jane@acme.example.com",
        business_identity: "DIRECT_CUSTOMER",
        is_subassigned: "NO",
        comments: "",
        injected: "x",
      },
      tv,
    );
    assert.equal(good.ok, true);
    if (good.ok) assert.equal("injected" in good.data, false);
  });

  it("a new document: the type must be accepted and picks the fields", () => {
    const form = formFor("AU", (i) => {
      i.documents = i.documents.filter((d) => d.type !== "passport");
    });
    const g = groupById(form.groups, "new_document:proof_of_identity_info");
    const wrongType = parseGroupSubmission(g, { type: "utility_bill" }, tv);
    assert.equal(wrongType.ok, false);
    if (!wrongType.ok)
      assert.match(
        wrongType.fieldErrors.type?.[0] ?? "",
        /Choose which document you are adding: Passport, Driver's License/,
      );

    const license = {
      type: "drivers_license",
      first_name: "Jo",
      last_name: "Doe",
      document_number: "L1",
      issue_date: "2020-05-01",
    };
    const ok = parseGroupSubmission(g, license, tv);
    assert.equal(ok.ok, true);
    // The same values fail as a passport, which needs a birth date.
    const asPassport = parseGroupSubmission(g, { ...license, type: "passport" }, tv);
    assert.equal(asPassport.ok, false);
    if (!asPassport.ok) assert.ok(asPassport.fieldErrors.birth_date);
    assert.equal(
      schemaForGroup(g, tv).safeParse({ ...license, issue_date: "2020-13-01" }).success,
      false,
    );
  });

  it("a carried-over document keeps its address: another one is refused, saying why", () => {
    const form = formFor("DE", (i) => {
      const doc = i.documents.find((d) => d.type === "commercial_registrar_excerpt");
      assert.ok(doc);
      doc.attributes.business_name = "";
    });
    const g = form.groups[0];
    assert.ok(g);
    const address = g.fields.find((f) => f.name === "address_sids");
    assert.ok(address?.locked, "the address is shown, not offered for editing");
    const values = {
      business_registration_number: "1",
      business_name: "Example Trading Ltd",
      address_sids: address.value,
    };
    assert.equal(parseGroupSubmission(g, values, tv, { addressSids: new Set([AD]) }).ok, true);
    const moved = parseGroupSubmission(g, { ...values, address_sids: [OTHER_AD] }, tv);
    assert.equal(moved.ok, false);
    if (!moved.ok)
      assert.match(moved.fieldErrors.address_sids?.[0] ?? "", /can't change in an update/);
  });

  it("a power-of-attorney group with no fields accepts an empty submission", () => {
    const form = formFor("FR", (i) => void i.documents.splice(0));
    const g = groupById(form.groups, "new_document:power_of_attorney_info");
    assert.equal(parseGroupSubmission(g, { type: "power_of_attorney" }, tv).ok, true);
    assert.equal(parseGroupSubmission(g, {}, tv).ok, false);
  });
});

describe("field lengths", () => {
  it("refuses a value longer than its kind allows, with the limit in the message", () => {
    const schema = fieldSchema(fd("text"), "end_user", tv);
    assert.equal(schema.safeParse("A".repeat(200)).success, true);
    const long = schema.safeParse("A".repeat(60_000));
    assert.equal(long.success, false);
    assert.match(
      long.error?.issues[0]?.message ?? "",
      /Keep the business name to 200 characters or fewer/,
    );
  });
});
