import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  toAccount,
  toBundle,
  toEndUser,
  toEvaluation,
  toItemAssignment,
  toPhoneNumber,
  toRegulation,
  toSupportingDocument,
} from "./convert";
import { GatewayError } from "./errors";

const sdkBundle = {
  sid: "BU0000000000000000000000000000000a",
  accountSid: "AC0000000000000000000000000000000a",
  regulationSid: "RN0000000000000000000000000000000a",
  friendlyName: "Acme – DE local",
  status: "twilio-approved",
  email: "ops@acme.test",
  statusCallback: null,
  validUntil: new Date("2026-12-31T00:00:00Z"),
  dateCreated: new Date("2025-01-02T03:04:05Z"),
  dateUpdated: new Date("2025-02-02T03:04:05Z"),
  url: "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles/BU0000000000000000000000000000000a",
  links: {},
};

describe("toBundle", () => {
  it("converts an SDK instance (camelCase, Dates)", () => {
    const bundle = toBundle(sdkBundle);
    assert.deepEqual(Object.keys(bundle).sort(), [
      "accountSid",
      "dateCreated",
      "dateUpdated",
      "email",
      "friendlyName",
      "regulationSid",
      "sid",
      "status",
      "statusCallback",
      "validUntil",
    ]);
    assert.equal(bundle.validUntil?.toISOString(), "2026-12-31T00:00:00.000Z");
    assert.equal(bundle.statusCallback, null);
    assert.equal(bundle.status, "twilio-approved");
  });

  it("converts raw snake_case JSON with string dates and nulls", () => {
    const bundle = toBundle({
      sid: "BU1",
      account_sid: "AC1",
      status: "draft",
      friendly_name: "x",
      valid_until: null,
      date_created: "2021-08-30T22:29:24Z",
      date_updated: "not a date",
    });
    assert.equal(bundle.validUntil, null);
    assert.equal(bundle.dateCreated?.toISOString(), "2021-08-30T22:29:24.000Z");
    assert.equal(bundle.dateUpdated, null);
    assert.equal(bundle.regulationSid, null);
    assert.equal(bundle.email, null);
  });

  it("rejects an unknown status or a missing sid as invalid_response", () => {
    assert.throws(
      () => toBundle({ ...sdkBundle, status: "approved" }),
      (e: unknown) => e instanceof GatewayError && e.code === "invalid_response:twilio",
    );
    assert.throws(() => toBundle({ ...sdkBundle, sid: undefined }), {
      code: "invalid_response:twilio",
    });
    assert.throws(() => toBundle(null), { code: "invalid_response:twilio" });
  });
});

describe("toEndUser / toSupportingDocument / toItemAssignment", () => {
  it("normalises attributes (object, JSON string, garbage)", () => {
    const base = {
      sid: "IT1",
      friendlyName: "Acme",
      type: "business",
      dateCreated: null,
      dateUpdated: null,
    };
    assert.deepEqual(toEndUser({ ...base, attributes: { business_name: "Acme" } }).attributes, {
      business_name: "Acme",
    });
    assert.deepEqual(toEndUser({ ...base, attributes: '{"business_name":"Acme"}' }).attributes, {
      business_name: "Acme",
    });
    assert.deepEqual(toEndUser({ ...base, attributes: "{oops" }).attributes, {});
    assert.deepEqual(toEndUser({ ...base, attributes: null }).attributes, {});
  });

  it("keeps rejection details of a supporting document", () => {
    const doc = toSupportingDocument({
      sid: "RD1",
      friendly_name: "Utility bill",
      mime_type: "application/pdf",
      status: "rejected",
      failure_reason: "Blurry.",
      errors: [{ code: 18001 }, { nope: 1 }, "x"],
      type: "utility_bill",
      attributes: { address_sids: ["AD1"] },
      date_created: "2019-07-31T02:11:52Z",
      date_updated: "2019-07-31T02:11:52Z",
    });
    assert.equal(doc.mimeType, "application/pdf");
    assert.equal(doc.failureReason, "Blurry.");
    assert.deepEqual(doc.errors, [{ code: 18001 }]);
    assert.deepEqual(doc.attributes, { address_sids: ["AD1"] });
  });

  it("empty mime type and null errors become null and []", () => {
    const doc = toSupportingDocument({
      sid: "RD2",
      status: "draft",
      mimeType: "",
      errors: null,
      failureReason: null,
    });
    assert.equal(doc.mimeType, null);
    assert.deepEqual(doc.errors, []);
  });

  it("classifies item assignments by SID prefix", () => {
    const base = { sid: "BV1", bundleSid: "BU1", dateCreated: "2019-07-31T02:34:41Z" };
    assert.equal(toItemAssignment({ ...base, objectSid: "IT1" }).objectKind, "end_user");
    assert.equal(toItemAssignment({ ...base, objectSid: "RD1" }).objectKind, "supporting_document");
    assert.equal(toItemAssignment({ ...base, objectSid: "AD1" }).objectKind, "other");
  });
});

describe("toEvaluation", () => {
  const raw = {
    sid: "EL1",
    accountSid: "AC1",
    regulationSid: "RN1",
    bundleSid: "BU1",
    status: "noncompliant",
    dateCreated: new Date("2020-04-28T18:14:01Z"),
    results: [
      {
        friendly_name: "Business",
        object_type: "business",
        passed: false,
        failure_reason: "A Business End-User is missing.",
        error_code: 22214,
        valid: [],
        invalid: [
          {
            friendly_name: "Business Name",
            object_field: "business_name",
            failure_reason: "The Business Name is missing.",
            error_code: 22215,
          },
        ],
        requirement_friendly_name: "Business",
        requirement_name: "business_info",
      },
      {
        friendly_name: "Business",
        requirement_name: "business_info",
        requirement_friendly_name: "Business",
        object_type: "business",
        passed: true,
        error_code: null,
        failure_reason: null,
        valid: [
          {
            friendly_name: "Business Name",
            object_field: "business_name",
            error_code: null,
            failure_reason: null,
          },
        ],
        invalid: null,
      },
      "not an object",
    ],
  };

  it("converts results to typed camelCase objects", () => {
    const evaluation = toEvaluation(raw);
    assert.equal(evaluation.status, "noncompliant");
    assert.equal(evaluation.results.length, 2);
    assert.deepEqual(evaluation.results[0], {
      requirementName: "business_info",
      requirementFriendlyName: "Business",
      friendlyName: "Business",
      objectType: "business",
      passed: false,
      failureReason: "A Business End-User is missing.",
      errorCode: 22214,
      valid: [],
      invalid: [
        {
          objectField: "business_name",
          friendlyName: "Business Name",
          failureReason: "The Business Name is missing.",
          errorCode: 22215,
        },
      ],
    });
    assert.equal(evaluation.results[1]?.passed, true);
    assert.deepEqual(evaluation.results[1]?.invalid, []);
    assert.equal(evaluation.results[1]?.valid[0]?.errorCode, null);
  });

  it("treats a missing results array as empty and a non-boolean passed as false", () => {
    assert.deepEqual(toEvaluation({ ...raw, results: null }).results, []);
    assert.equal(toEvaluation({ ...raw, results: [{ passed: "true" }] }).results[0]?.passed, false);
  });
});

describe("toRegulation", () => {
  const detailed = (machine_name: string, constraint?: string) => ({
    machine_name,
    friendly_name: machine_name.toUpperCase(),
    description: `d ${machine_name}`,
    ...(constraint === undefined ? {} : { constraint }),
  });
  const raw = {
    sid: "RN1",
    friendlyName: "Australia: Local - Individual",
    isoCountry: "AU",
    numberType: "local",
    endUserType: "individual",
    requirements: {
      end_user: [
        {
          name: "Individual",
          type: "individual",
          requirement_name: "individual_info",
          url: "u",
          fields: ["first_name", 3],
          detailed_fields: [detailed("first_name", "String"), detailed("comments", "")],
        },
      ],
      supporting_document: [
        [
          {
            name: "Address",
            type: "document",
            requirement_name: "proof_of_address",
            description: "Where",
            accepted_documents: [
              {
                name: "Address Validation",
                type: "address",
                url: "v",
                fields: ["address_sids"],
                detailed_fields: [detailed("address_sids")],
              },
            ],
          },
        ],
      ],
    },
  };

  it("converts nested requirements to camelCase", () => {
    const regulation = toRegulation(raw);
    const endUser = regulation.requirements.endUser[0];
    assert.equal(endUser?.requirementName, "individual_info");
    assert.deepEqual(endUser?.fields, ["first_name"]);
    assert.deepEqual(endUser?.detailedFields[0], {
      machineName: "first_name",
      friendlyName: "FIRST_NAME",
      description: "d first_name",
      constraint: "String",
    });
    assert.equal(
      endUser?.detailedFields[1]?.constraint,
      "",
      "an empty constraint (optional field) is kept",
    );
    const doc = regulation.requirements.supportingDocument[0]?.[0];
    assert.equal(doc?.requirementName, "proof_of_address");
    assert.equal(doc?.acceptedDocuments[0]?.type, "address");
    assert.equal("constraint" in (doc?.acceptedDocuments[0]?.detailedFields[0] ?? {}), false);
  });

  it("wraps a flat supporting_document list as one set and tolerates missing requirements", () => {
    const flat = toRegulation({
      ...raw,
      requirements: {
        ...raw.requirements,
        supporting_document: raw.requirements.supporting_document[0],
      },
    });
    assert.equal(flat.requirements.supportingDocument.length, 1);
    assert.deepEqual(toRegulation({ ...raw, requirements: null }).requirements, {
      endUser: [],
      supportingDocument: [],
    });
  });
});

describe("toPhoneNumber / toAccount", () => {
  it("keeps only what the portal shows", () => {
    const number = toPhoneNumber({
      sid: "PN1",
      phoneNumber: "+4930123",
      friendlyName: "Berlin",
      bundleSid: null,
      addressSid: "AD1",
      voiceUrl: "x",
    });
    assert.deepEqual(number, {
      sid: "PN1",
      phoneNumber: "+4930123",
      friendlyName: "Berlin",
      bundleSid: null,
    });
  });

  it("never carries an auth token", () => {
    const account = toAccount({
      sid: "AC1",
      friendlyName: "Acme",
      status: "active",
      authToken: "secret",
    });
    assert.deepEqual(account, { sid: "AC1", friendlyName: "Acme", status: "active" });
  });
});
