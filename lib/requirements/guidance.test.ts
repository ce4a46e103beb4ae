import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { buildRequirementForm } from "./build-form";
import { type GuidanceInput, guidanceFor, plainReason } from "./guidance";
import { docOfType, fixture, OTHER_AD } from "./test-support/emulator-fixtures";
import { translatorFor } from "@/lib/i18n/translator";

const tg = await translatorFor("en", "Guidance");

/** Words customers must not see. */
export const VENDOR_TERMS =
  /end[- ]?user|supporting document|bundle|twilio|regulatory|\bsids?\b|\b(?:18|22)\d{3}\b/i;

function assertPlain(text: string | null | undefined, context: string) {
  assert.ok(text, `${context}: guidance present`);
  assert.doesNotMatch(text, VENDOR_TERMS, `${context}: ${text}`);
}

const KBIS = "Excerpt from the commercial register (Extrait K-bis)";
const MISMATCH_REASON =
  "The Business Name is missing. Or, it does not match the Business Name you entered within Business information. Please enter in the Business Name shown on the Excerpt or make sure both Business Name fields use the same exact inputs.";

describe("guidanceFor", () => {
  const cases: Array<{ name: string; input: GuidanceInput; match: RegExp }> = [
    {
      name: "22214 missing details",
      input: { errorCode: 22214 },
      match: /business details are missing/,
    },
    {
      name: "22214 for an individual",
      input: { errorCode: 22214, endUserType: "individual" },
      match: /personal details/,
    },
    {
      name: "22215 field missing",
      input: {
        errorCode: 22215,
        fieldLabel: "Business Name",
        failureReason:
          "The Business Name is missing. Please enter in a Business Name on the Business information.",
      },
      match: /^Enter the Business Name\./,
    },
    {
      name: "22215 bad format",
      input: {
        errorCode: 22215,
        fieldLabel: "Phone Number",
        failureReason: "The Phone Number is not in the required format.",
      },
      match: /not in the expected format/,
    },
    {
      name: "22215 not an accepted value",
      input: {
        errorCode: 22215,
        fieldLabel: "Classification",
        failureReason:
          "The Classification is not one of the accepted values. Please enter in one of [YES, NO]",
      },
      match: /Choose one of the listed options/,
    },
    { name: "22215 group level", input: { errorCode: 22215 }, match: /need correcting/ },
    {
      name: "22216 names the document",
      input: { errorCode: 22216, documentName: KBIS },
      match: new RegExp(`needs a document: ${KBIS.replace(/[()]/g, "\\$&")}`),
    },
    {
      name: "22216 address record needs no file",
      input: { errorCode: 22216, documentName: "Business address", needsFile: false },
      match: /Choose the address/,
    },
    {
      name: "22217 missing",
      input: {
        errorCode: 22217,
        fieldLabel: "Document Number",
        documentName: KBIS,
        failureReason: "The Document Number is missing.",
      },
      match: /^Enter the Document Number exactly as shown on your Excerpt/,
    },
    {
      name: "22217 mismatch from the reason text",
      input: {
        errorCode: 22217,
        fieldLabel: "Business Name",
        documentName: KBIS,
        failureReason: MISMATCH_REASON,
      },
      match: /does not match the one in your business details/,
    },
    {
      name: "22217 explicit no-mismatch wins over the text",
      input: {
        errorCode: 22217,
        fieldLabel: "Business Name",
        documentName: KBIS,
        failureReason: MISMATCH_REASON,
        mismatch: false,
      },
      match: /^Enter the Business Name exactly as shown/,
    },
    {
      name: "22217 explicit mismatch",
      input: { errorCode: 22217, fieldLabel: "Business Name", mismatch: true },
      match: /does not match/,
    },
    {
      name: "22218 field mismatch",
      input: { errorCode: 22218, fieldLabel: "Business Name", documentName: KBIS },
      match: /does not match/,
    },
    {
      name: "22219 address missing",
      input: { errorCode: 22219, documentName: KBIS, failureReason: "The Address is missing." },
      match: /^Choose the address shown on your Excerpt/,
    },
    {
      name: "22219 address unknown",
      input: {
        errorCode: 22219,
        failureReason: `The Address ${OTHER_AD} could not be found on this account.`,
      },
      match: /not one of your saved addresses/,
    },
    {
      name: "18001 invalid submission",
      input: {
        errorCode: 18001,
        failureReason: "A Business End-User is missing. Please add one to the regulatory bundle.",
      },
      match:
        /could not accept this document.*Reviewer's note: “Your details are missing\. Please add one to this registration\.”/,
    },
    { name: "18003 expired", input: { errorCode: 18003 }, match: /expired or is not valid/ },
    {
      name: "18022 outdated proof of address",
      input: { errorCode: 18022, failureReason: "The excerpt is older than three months." },
      match: /more recent document\. Upload one issued recently.*older than three months/,
    },
    {
      name: "18050 issue with the document",
      input: { errorCode: 18050 },
      match: /found an issue with this document/,
    },
    {
      name: "unknown code keeps Twilio's reason, reworded",
      input: {
        errorCode: 99999,
        documentName: "Passport",
        failureReason: "The Supporting Document sid RD1 was flagged by Twilio (error code 20404).",
      },
      match:
        /^The Passport needs your attention\. Details: The document RD1 was flagged by the reviewer\.$/,
    },
    {
      name: "no code and no reason",
      input: { errorCode: null },
      match: /^This item needs your attention\.$/,
    },
  ];
  for (const { name, input, match } of cases)
    it(name, () => {
      const text = guidanceFor(input, tg);
      assert.match(text, match);
      assertPlain(text, name);
    });
});

describe("plainReason", () => {
  it("rewords Twilio's vocabulary and drops codes but keeps other numbers", () => {
    assert.equal(
      plainReason(
        "The Business End-User is missing from the regulatory bundle (error 22214). Postcode 22301.",
      ),
      "Your details are missing from this registration. Postcode 22301.",
    );
    assert.equal(plainReason(null), "");
  });
});

describe("guidance for every code the emulator produces", () => {
  const scenarios: Array<[string, ReturnType<typeof fixture>]> = [
    [
      "FR: missing End-User and documents",
      fixture("FR", (i) => {
        i.endUsers.splice(0);
        i.documents.splice(0);
      }),
    ],
    [
      "DE: mismatched business name",
      fixture("DE", (i) => {
        docOfType(i, "commercial_registrar_excerpt").attributes.business_name = "ACME Logistik";
      }),
    ],
    [
      "DE: unknown address",
      fixture("DE", (i) => {
        docOfType(i, "commercial_registrar_excerpt").attributes.address_sids = [OTHER_AD];
      }),
    ],
    [
      "GB: bad phone and enum",
      fixture("GB", (i) => {
        Object.assign(i.endUsers[0]?.attributes ?? {}, {
          phone_number: "01234",
          is_subassigned: "yes",
        });
      }),
    ],
    [
      "FR: rejected 18022",
      fixture("FR", (i) => {
        Object.assign(docOfType(i, "commercial_registrar_excerpt"), {
          status: "rejected",
          failure_reason: "The excerpt is older than three months.",
          errors: [{ code: 18022 }],
        });
      }),
    ],
    [
      "FR: rejected 18001",
      fixture("FR", (i) => {
        Object.assign(docOfType(i, "government_issued_document"), {
          status: "rejected",
          failure_reason:
            "The Government-issued ID is missing information or does not match the End-User.",
          errors: [{ code: 18001 }],
        });
      }),
    ],
    [
      "FR: rejected 18050",
      fixture("FR", (i) => {
        Object.assign(docOfType(i, "power_of_attorney"), {
          status: "rejected",
          failure_reason: null,
          errors: [{ code: 18050 }],
        });
      }),
    ],
  ];
  const seen = new Set<number>();
  for (const [name, fx] of scenarios)
    it(name, () => {
      const form = buildRequirementForm(fx, tg);
      assert.ok(form.groups.length > 0);
      for (const r of fx.evaluation.results) {
        if (r.errorCode !== null) seen.add(r.errorCode);
        for (const item of r.invalid) if (item.errorCode !== null) seen.add(item.errorCode);
      }
      for (const g of form.groups) {
        assertPlain(g.guidance, `${name} ${g.id}`);
        if (g.rejection) assert.doesNotMatch(g.rejection.reason, VENDOR_TERMS);
        for (const field of [...g.fields, ...g.documentTypes.flatMap((t) => t.fields)])
          if (field.failed) assertPlain(field.guidance, `${name} ${g.id} ${field.name}`);
      }
    });
  it("covered 22214–22217, 22219 and 18001/18022/18050", () => {
    for (const code of [22214, 22215, 22216, 22217, 22219, 18001, 18022, 18050])
      assert.ok(seen.has(code), `code ${code} not produced by the scenarios`);
  });
});
