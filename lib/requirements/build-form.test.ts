import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Evaluation, Regulation } from "@/lib/domain/types";
import { addressOptions } from "./address-options";
import { buildRequirementForm } from "./build-form";
import { AD, ADDRESS, docOfType, fixture, OTHER_AD } from "./test-support/emulator-fixtures";
import type { FormGroup, RequirementForm } from "./types";
import { translatorFor } from "@/lib/i18n/translator";

const tg = await translatorFor("en", "Guidance");

const KBIS = "commercial_registrar_excerpt";

function group(form: RequirementForm, id: string | RegExp): FormGroup {
  const g = form.groups.find((x) => (typeof id === "string" ? x.id === id : id.test(x.id)));
  assert.ok(g, `group ${id} in ${form.groups.map((x) => x.id).join(", ")}`);
  return g;
}

function field(g: FormGroup, name: string) {
  const f = g.fields.find((x) => x.name === name);
  assert.ok(f, `field ${name} in ${g.id}`);
  return f;
}

describe("buildRequirementForm on seeded regulations", () => {
  it("a compliant bundle has no groups and lists every requirement as passed", () => {
    const form = buildRequirementForm(fixture("FR"), tg);
    assert.equal(form.compliant, true);
    assert.deepEqual(form.groups, []);
    assert.equal(form.passedRequirements.length, 7);
    assert.ok(form.passedRequirements.includes("Power of Attorney"));
  });

  it("FR: a missing End-User becomes a create group with every field failed", () => {
    const fx = fixture("FR", (i) => void i.endUsers.splice(0));
    const form = buildRequirementForm(fx, tg);
    assert.equal(form.compliant, false);
    const g = group(form, "new_end_user:business_info");
    assert.equal(g.kind, "end_user");
    assert.equal(g.action, "create");
    assert.equal(g.objectSid, null);
    assert.equal(g.endUserType, "business");
    assert.equal(g.title, "Business details");
    assert.deepEqual(g.documentTypes, []);
    assert.equal(g.needsFile, false);
    assert.deepEqual(
      g.fields.map((f) => [f.name, f.failed, f.errorCode, f.value]),
      [
        ["business_name", true, 22215, ""],
        ["business_registration_number", true, 22215, ""],
        ["first_name", true, 22215, ""],
        ["last_name", true, 22215, ""],
      ],
    );
    assert.match(g.guidance ?? "", /business details are missing/);
  });

  it("FR: missing documents become create groups, one per set of accepted types", () => {
    const form = buildRequirementForm(
      fixture("FR", (i) => void i.documents.splice(0)),
      tg,
    );
    assert.deepEqual(
      form.groups.map((g) => [g.id, g.action, g.requirements.map((r) => r.name)]),
      [
        [
          "new_document:business_name_info",
          "create",
          ["business_name_info", "business_address_proof_info", "business_reg_no_info"],
        ],
        [
          "new_document:name_of_auth_rep_info",
          "create",
          ["name_of_auth_rep_info", "name_in_power_of_attorney_info"],
        ],
        ["new_document:power_of_attorney_info", "create", ["power_of_attorney_info"]],
      ],
    );
    const kbis = group(form, "new_document:business_name_info");
    assert.deepEqual(
      kbis.documentTypes.map((t) => [t.type, t.needsFile]),
      [[KBIS, true]],
    );
    assert.equal(kbis.title, "Excerpt from the commercial register (Extrait K-bis)");
    assert.deepEqual(
      kbis.fields.map((f) => f.name),
      ["business_name", "address_sids", "document_number"],
    );
    assert.match(kbis.guidance ?? "", /needs a document: Excerpt from the commercial register/);
  });

  it("FR: a power of attorney has no fields and needs only a file", () => {
    const form = buildRequirementForm(
      fixture("FR", (i) => void i.documents.splice(0)),
      tg,
    );
    const poa = group(form, "new_document:power_of_attorney_info");
    assert.deepEqual(poa.fields, []);
    assert.equal(poa.needsFile, true);
    assert.deepEqual(poa.documentTypes, [
      {
        type: "power_of_attorney",
        name: "Executed Copy of Power of Attorney",
        needsFile: true,
        fields: [],
      },
    ]);
  });

  it("DE: a mismatched business name sets mismatch on the document field", () => {
    const fx = fixture("DE", (i) => {
      docOfType(i, KBIS).attributes.business_name = "ACME Logistik";
    });
    const form = buildRequirementForm(fx, tg);
    const endUser = fx.endUsers[0];
    const doc = fx.documents.find((d) => d.type === KBIS);
    assert.ok(endUser && doc);
    assert.equal(form.groups.length, 1, "the End-User passed: no group for it");
    const g = group(form, `document:${doc.sid}`);
    assert.equal(g.action, "update");
    assert.equal(g.objectSid, doc.sid);
    assert.equal(g.needsFile, false, "the file is already there");
    const name = field(g, "business_name");
    assert.equal(name.failed, true);
    assert.equal(name.errorCode, 22217);
    assert.deepEqual(name.mismatch, {
      field: "business_name",
      endUserValue: "Example Trading Ltd",
      documentValue: "ACME Logistik",
      endUserGroupId: `end_user:${endUser.sid}`,
    });
    assert.match(name.guidance ?? "", /does not match/);
    // Every field the regulation defines for the document, the passing ones not failed.
    assert.deepEqual(
      g.fields.map((f) => [f.name, f.failed]),
      [
        ["business_registration_number", false],
        ["business_name", true],
        ["address_sids", false],
      ],
    );
    assert.deepEqual(form.passedRequirements, [
      "Business",
      "Proof of Registration",
      "Proof of Address",
    ]);
  });

  it("DE: address fields are prefilled with the document's Address SIDs", () => {
    const fx = fixture("DE", (i) => {
      docOfType(i, KBIS).attributes.business_name = "";
    });
    const g = group(buildRequirementForm(fx, tg), /^document:/);
    const address = field(g, "address_sids");
    assert.equal(address.kind, "address");
    assert.deepEqual(address.value, [AD]);
    assert.equal(address.label, "Address");
    const name = field(g, "business_name");
    assert.equal(name.mismatch, undefined, "empty is missing, not a mismatch");
    assert.match(name.guidance ?? "", /^Enter the Business Name exactly as shown/);
  });

  it("DE: an address the account does not own fails with 22219", () => {
    const fx = fixture("DE", (i) => {
      docOfType(i, KBIS).attributes.address_sids = [OTHER_AD];
    });
    const address = field(group(buildRequirementForm(fx, tg), /^document:/), "address_sids");
    assert.equal(address.failed, true);
    assert.equal(address.errorCode, 22219);
    assert.match(address.guidance ?? "", /not one of your saved addresses/);
  });

  it("IE: a missing business address record needs no file", () => {
    const form = buildRequirementForm(
      fixture("IE", (i) => void i.documents.splice(0)),
      tg,
    );
    const g = group(form, "new_document:business_address_info");
    assert.equal(g.needsFile, false);
    assert.deepEqual(
      g.documentTypes.map((t) => [t.type, t.needsFile]),
      [["business_address", false]],
    );
    assert.match(g.guidance ?? "", /Choose the address/);
  });

  it("IE: an invalid enum value flags the End-User field", () => {
    const fx = fixture("IE", (i) => {
      const eu = i.endUsers[0];
      assert.ok(eu);
      eu.attributes.is_subassigned = "yes";
    });
    const g = group(buildRequirementForm(fx, tg), /^end_user:IT/);
    assert.equal(g.action, "update");
    const f = field(g, "is_subassigned");
    assert.equal(f.failed, true);
    assert.equal(f.kind, "enum");
    assert.deepEqual(f.options, ["YES", "NO"]);
    assert.equal(f.value, "yes");
    assert.match(f.guidance ?? "", /Choose one of the listed options/);
    assert.equal(field(g, "business_name").failed, false);
  });

  it("AU: a missing photo ID offers each accepted type with its own fields", () => {
    const fx = fixture("AU", (i) => {
      i.documents = i.documents.filter((d) => d.type !== "passport");
    });
    const g = group(buildRequirementForm(fx, tg), "new_document:proof_of_identity_info");
    assert.equal(g.title, "Photo Identification");
    assert.deepEqual(
      g.documentTypes.map((t) => t.type),
      ["passport", "drivers_license"],
    );
    assert.deepEqual(
      g.documentTypes[1]?.fields.map((f) => f.name),
      ["first_name", "last_name", "document_number", "issue_date"],
    );
    assert.deepEqual(g.fields, g.documentTypes[0]?.fields);
  });

  it("JP: the alternative set the evaluation reported on is used", () => {
    const fx = fixture(
      "JP",
      (i) => {
        i.documents = i.documents.filter((d) => d.type !== "shareholders_registry");
      },
      { setIndex: 1 },
    );
    const form = buildRequirementForm(fx, tg);
    const g = group(form, "new_document:ben_ownership_and_identity_info");
    assert.deepEqual(
      g.documentTypes.map((t) => t.type),
      ["shareholders_registry", "annual_securities_report"],
    );
    assert.ok(!form.groups.some((x) => x.requirements.some((r) => r.name === "auth_of_rep_info")));
  });

  it("FR: a rejected document gets its reviewer's note and needs a new file", () => {
    const fx = fixture("FR", (i) => {
      Object.assign(docOfType(i, KBIS), {
        status: "rejected",
        failure_reason:
          "The excerpt is older than three months. Upload an excerpt issued within the last three months.",
        errors: [{ code: 18022 }],
      });
    });
    const g = group(buildRequirementForm(fx, tg), /^document:/);
    assert.deepEqual(g.rejection, {
      reason:
        "The excerpt is older than three months. Upload an excerpt issued within the last three months.",
      code: 18022,
    });
    assert.equal(g.needsFile, true);
    // The advice names the document and what to do; the reviewer's words are on the heading only.
    assert.match(g.guidance ?? "", /more recent Excerpt from the commercial register/);
    assert.doesNotMatch(g.guidance ?? "", /older than three months/);
    assert.deepEqual(
      g.fields.map((f) => f.name),
      ["business_name", "address_sids", "document_number"],
    );
  });

  it("group ids are stable across builds", () => {
    const make = () =>
      buildRequirementForm(
        fixture("FR", (i) => void i.documents.splice(1)),
        tg,
      ).groups.map((g) => g.id);
    assert.deepEqual(make(), make());
  });
});

describe("buildRequirementForm on hand-made data", () => {
  const regulation: Regulation = {
    sid: "RN1",
    friendlyName: "Testland: Local - Individual",
    isoCountry: "TL",
    numberType: "local",
    endUserType: "individual",
    requirements: {
      endUser: [
        {
          name: "Individual",
          type: "individual",
          requirementName: "individual_info",
          url: null,
          fields: ["first_name", "email"],
          detailedFields: [
            { machineName: "first_name", friendlyName: "First Name", description: "" },
          ],
        },
      ],
      supportingDocument: [
        [
          {
            name: "Address",
            type: "document",
            requirementName: "proof_of_address",
            description: "",
            acceptedDocuments: [
              {
                name: "Address Validation",
                type: "address",
                url: null,
                fields: ["address_sids"],
                detailedFields: [
                  { machineName: "address_sids", friendlyName: "Address sid(s)", description: "" },
                ],
              },
            ],
          },
        ],
      ],
    },
  };

  it("without an evaluation, presence decides and nothing is compliant", () => {
    const form = buildRequirementForm(
      {
        regulation,
        evaluation: null,
        endUsers: [],
        documents: [],
        addresses: [],
      },
      tg,
    );
    assert.equal(form.compliant, false);
    assert.deepEqual(
      form.groups.map((g) => g.id),
      ["new_end_user:individual_info", "new_document:proof_of_address"],
    );
    const eu = group(form, "new_end_user:individual_info");
    assert.equal(eu.title, "Personal details");
    assert.equal(eu.endUserType, "individual");
    assert.deepEqual(
      eu.fields.map((f) => [f.name, f.kind, f.label]),
      [
        ["first_name", "text", "First Name"],
        ["email", "email", "Email"],
      ],
    );
    assert.equal(group(form, "new_document:proof_of_address").needsFile, false);
  });

  it("a field listed as failing in a flat evaluation is flagged on the End-User", () => {
    const evaluation: Evaluation = {
      sid: "EL1",
      bundleSid: "BU1",
      regulationSid: "RN1",
      status: "noncompliant",
      dateCreated: null,
      results: [
        {
          requirementName: "individual_info",
          requirementFriendlyName: "Individual",
          friendlyName: "Individual",
          objectType: "individual",
          passed: false,
          failureReason: null,
          errorCode: 22215,
          valid: [],
          invalid: [
            {
              objectField: "email",
              friendlyName: "Email",
              failureReason: "The Email is missing.",
              errorCode: 22215,
            },
          ],
        },
        {
          requirementName: "proof_of_address",
          requirementFriendlyName: "Address",
          friendlyName: "Address Validation",
          objectType: "address",
          passed: true,
          failureReason: null,
          errorCode: null,
          valid: [],
          invalid: [],
        },
      ],
    };
    const endUsers = [
      {
        sid: "IT1",
        friendlyName: "Jo",
        type: "individual" as const,
        attributes: { first_name: "Jo", extra: 1 },
        dateCreated: null,
        dateUpdated: null,
      },
    ];
    const form = buildRequirementForm(
      {
        regulation,
        evaluation,
        endUsers,
        documents: [],
        addresses: [],
      },
      tg,
    );
    const g = group(form, "end_user:IT1");
    assert.deepEqual(
      g.fields.map((f) => [f.name, f.failed, f.value]),
      [
        ["first_name", false, "Jo"],
        ["email", true, ""],
      ],
    );
    assert.deepEqual(form.passedRequirements, ["Address"]);
  });
});

describe("addressOptions", () => {
  it("labels addresses as 'street, city postal, country'", () => {
    assert.deepEqual(addressOptions([ADDRESS]), [
      { value: AD, label: "Friedrichstraße 12, Berlin 10117, DE" },
    ]);
    assert.deepEqual(
      addressOptions([{ ...ADDRESS, streetSecondary: "Floor 3", postalCode: "" }]).map(
        (o) => o.label,
      ),
      ["Friedrichstraße 12 Floor 3, Berlin, DE"],
    );
  });
});

describe("a new document starts from the customer's details", () => {
  it("FR: the representative's ID is prefilled with the names in the business details", () => {
    const fx = fixture("FR", (i) => {
      i.documents = i.documents.filter((d) => d.type !== "government_issued_document");
    });
    const form = buildRequirementForm(fx, tg);
    const id = form.groups.find((g) => g.action === "create" && /ID/i.test(g.title));
    assert.ok(id, form.groups.map((g) => g.title).join(", "));
    const eu = fx.endUsers[0]!.attributes;
    const value = (name: string) => id.fields.find((f) => f.name === name)?.value;
    assert.equal(value("first_name"), eu.first_name);
    assert.equal(value("last_name"), eu.last_name);
    assert.ok(eu.first_name, "the seeded details have a first name");
  });
});
