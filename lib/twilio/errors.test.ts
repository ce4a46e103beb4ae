import assert from "node:assert/strict";
import { describe, it } from "node:test";
import twilio from "twilio";
import { TWILIO_CODE_RULES } from "./error-table";
import { GatewayError, mapTwilioError } from "./errors";
import { toRestException } from "./http-client";

const restException = (
  status: number,
  code?: number,
  message = "Twilio says no",
  headers: Record<string, string> = {},
) =>
  toRestException({
    statusCode: status,
    body:
      code === undefined
        ? null
        : { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status },
    headers,
  });

const statusFor = (code: number) =>
  code === 20003 ? 401 : code === 20404 ? 404 : code === 20429 ? 429 : code === 20500 ? 500 : 400;

const EXPECTED: Record<number, string> = {
  20001: "invalid_request:twilio",
  20003: "unauthorized:twilio",
  20004: "invalid_request:twilio",
  20404: "not_found:bundle",
  20429: "rate_limited:twilio",
  20500: "unavailable:twilio",
  21628: "invalid_request:address",
  21629: "invalid_request:address",
  21630: "conflict:address",
  21644: "conflict:end_user",
  21645: "conflict:supporting_document",
  21646: "conflict:supporting_document",
  21647: "conflict:bundle",
  21648: "conflict:bundle",
  22200: "invalid_request:bundle",
  22201: "invalid_request:bundle",
  22202: "invalid_request:bundle",
  22203: "invalid_request:bundle",
  22204: "invalid_request:bundle",
  22205: "invalid_request:item_assignment",
  22206: "invalid_request:item_assignment",
  22207: "invalid_attributes:twilio",
  22208: "invalid_request:supporting_document",
  22209: "invalid_request:supporting_document",
  22210: "invalid_request:supporting_document",
  22211: "invalid_request:supporting_document",
  22214: "noncompliant:bundle",
  22215: "noncompliant:bundle",
  22216: "noncompliant:bundle",
  22217: "noncompliant:bundle",
  22218: "noncompliant:bundle",
  22219: "noncompliant:bundle",
  22223: "conflict:bundle",
  22224: "conflict:bundle",
  22225: "conflict:bundle",
  22226: "conflict:bundle",
  22227: "conflict:bundle",
  22228: "conflict:bundle",
  22229: "conflict:bundle",
  22230: "conflict:bundle",
  21481: "invalid_request:cursor",
};

describe("mapTwilioError: Twilio codes", () => {
  it("has an expectation for every mapped code", () => {
    assert.deepEqual(Object.keys(TWILIO_CODE_RULES).sort(), Object.keys(EXPECTED).sort());
  });

  for (const [codeText, expected] of Object.entries(EXPECTED)) {
    const code = Number(codeText);
    it(`${code} → ${expected}`, () => {
      const error = mapTwilioError(restException(statusFor(code), code), "bundle");
      assert.ok(error instanceof GatewayError);
      assert.equal(error.code, expected);
      assert.equal(error.twilioCode, code);
      assert.equal(error.status, statusFor(code));
      assert.equal(error.retryable, code === 20429 || code === 20500);
      assert.ok(error.userMessage.length > 0);
      assert.doesNotMatch(
        error.userMessage,
        // "Twilio" is a name customers see throughout the portal; codes and SIDs are not.
        /\bsids?\b|\b2\d{4}\b|RestException|twilio-/i,
        "no vendor jargon for users",
      );
    });
  }

  it("says what could not be done when Twilio is down, per surface (not a generic outage)", () => {
    const address = mapTwilioError(restException(503, 20500), "address");
    assert.match(address.userMessage, /couldn't load or save your addresses/);
    const regulation = mapTwilioError(restException(503), "regulation");
    assert.match(regulation.userMessage, /couldn't load the current requirements/);
    assert.doesNotMatch(address.userMessage, /phone-number service/);
  });

  it("reads Twilio's 'PageToken is required' refusal as an unusable cursor", () => {
    const error = mapTwilioError(
      restException(400, 20001, "PageToken is required for paging."),
      "bundle",
    );
    assert.equal(error.code, "invalid_request:cursor");
  });

  it("keeps the technical message out of userMessage", () => {
    const error = mapTwilioError(restException(400, 22207, "Attributes is not valid JSON"));
    assert.equal(error.message, "Attributes is not valid JSON");
    assert.equal(error.visibility, "log");
    assert.notEqual(error.userMessage, error.message);
  });

  it("uses the caller's surface for not found, defaulting to resource", () => {
    assert.equal(mapTwilioError(restException(404, 20404), "end_user").code, "not_found:end_user");
    assert.equal(mapTwilioError(restException(404, 20404)).code, "not_found:resource");
    assert.equal(
      mapTwilioError(restException(404, 20404), "bundle").userMessage,
      "We couldn't find that bundle.",
    );
  });

  it("maps the undocumented non-compliant submission refusal by its message", () => {
    const error = mapTwilioError(
      restException(400, 20001, "Bundle is not regulatory compliant"),
      "bundle",
    );
    assert.equal(error.code, "noncompliant:bundle");
    assert.equal(error.visibility, "user");
  });

  it("carries Retry-After from the annotated exception", () => {
    const error = mapTwilioError(
      restException(429, 20429, "Too Many Requests", { "Retry-After": "3" }),
    );
    assert.equal(error.retryAfter, "3");
    assert.equal(error.retryable, true);
  });
});

describe("mapTwilioError: statuses without a known code", () => {
  const cases: Array<[number, string, boolean]> = [
    [400, "invalid_request:twilio", false],
    [401, "unauthorized:twilio", false],
    [403, "forbidden:twilio", false],
    [404, "not_found:regulation", false],
    [409, "conflict:regulation", false],
    [413, "invalid_request:upload", false],
    [415, "invalid_request:upload", false],
    [429, "rate_limited:twilio", true],
    [500, "unavailable:twilio", true],
    [502, "unavailable:twilio", true],
    [503, "unavailable:twilio", true],
    [504, "unavailable:twilio", true],
  ];
  for (const [status, expected, retryable] of cases) {
    it(`HTTP ${status} → ${expected}`, () => {
      const error = mapTwilioError(restException(status, undefined), "regulation");
      assert.equal(error.code, expected);
      assert.equal(error.retryable, retryable);
      assert.equal(error.twilioCode, undefined);
    });
  }

  it("prefers a known code over the status", () => {
    assert.equal(mapTwilioError(restException(400, 21648)).code, "conflict:bundle");
  });

  it("reads the SDK's own RestException (no Retry-After)", () => {
    const sdkError = new twilio.RestException({
      statusCode: 404,
      body: { code: 20404, message: "nope", status: 404 },
    } as never);
    const error = mapTwilioError(sdkError, "bundle");
    assert.equal(error.code, "not_found:bundle");
    assert.equal(error.retryAfter, null);
  });
});

describe("mapTwilioError: network and unknown errors", () => {
  const network: Array<[string, unknown, string]> = [
    [
      "ECONNREFUSED",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:4010"), { code: "ECONNREFUSED" }),
      "unavailable:twilio",
    ],
    [
      "ENOTFOUND",
      Object.assign(new Error("getaddrinfo ENOTFOUND numbers.twilio.com"), { code: "ENOTFOUND" }),
      "unavailable:twilio",
    ],
    [
      "ETIMEDOUT",
      Object.assign(new Error("connect ETIMEDOUT"), { code: "ETIMEDOUT" }),
      "timeout:twilio",
    ],
    [
      "axios ECONNABORTED",
      Object.assign(new Error("timeout of 10000ms exceeded"), {
        code: "ECONNABORTED",
        isAxiosError: true,
      }),
      "timeout:twilio",
    ],
    [
      "fetch failed (cause)",
      new TypeError("fetch failed", {
        cause: Object.assign(new Error("refused"), { code: "ECONNREFUSED" }),
      }),
      "unavailable:twilio",
    ],
    [
      "AbortSignal.timeout",
      new DOMException("The operation was aborted due to timeout", "TimeoutError"),
      "timeout:twilio",
    ],
  ];
  for (const [label, err, expected] of network) {
    it(`${label} → ${expected}, retryable`, () => {
      const error = mapTwilioError(err);
      assert.equal(error.code, expected);
      assert.equal(error.retryable, true);
      assert.equal(error.status, undefined);
      assert.equal(error.cause, err);
    });
  }

  it("unknown errors → unknown:twilio, logged only, not retryable", () => {
    for (const err of [new Error("Page Records cannot be deserialized"), "boom", null, 42]) {
      const error = mapTwilioError(err);
      assert.equal(error.code, "unknown:twilio");
      assert.equal(error.visibility, "log");
      assert.equal(error.retryable, false);
    }
  });

  it("passes a GatewayError through unchanged", () => {
    const original = mapTwilioError(restException(404, 20404), "bundle");
    assert.equal(mapTwilioError(original, "end_user"), original);
  });
});
