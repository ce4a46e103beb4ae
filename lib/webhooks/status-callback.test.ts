import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { parseStatusCallback, SIGNATURE_SHAPE } from "./status-callback";

const AC = `AC${"a".repeat(32)}`;
const BU = `BU${"b".repeat(32)}`;
const BASE = "https://portal.example.com/api/twilio/status-callback";
const form = "application/x-www-form-urlencoded";

describe("parseStatusCallback", () => {
  it("reads the guide's form POST with snake_case fields, signed over its fields", () => {
    const body = new URLSearchParams({
      account_sid: AC,
      bundle_sid: BU,
      status: "twilio-rejected",
      failure_reason: " Excerpt too old ",
    }).toString();
    const parsed = parseStatusCallback({ method: "POST", url: BASE, contentType: form, body });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.callback, {
      accountSid: AC,
      bundleSid: BU,
      status: "twilio-rejected",
      failureReason: "Excerpt too old",
      validUntil: undefined,
    });
    assert.equal(parsed.check.kind, "params");
    assert.equal(parsed.check.kind === "params" && parsed.check.params.bundle_sid, BU);
  });

  it("reads the reported GET with PascalCase query parameters, signed over the URL alone", () => {
    const url = `${BASE}?bodySHA256=abc&bodySHA256=abc&AccountSid=${AC}&BundleSid=${BU}&Status=pending-review&FailureReason=`;
    const parsed = parseStatusCallback({ method: "GET", url, contentType: null, body: "" });
    assert.ok(parsed.ok);
    assert.equal(parsed.callback.status, "pending-review");
    assert.equal(parsed.callback.failureReason, null);
    assert.deepEqual(parsed.check, { kind: "params", url, params: {} });
  });

  it("reads PascalCase form fields and a valid_until, whatever the case style", () => {
    const body = `AccountSid=${AC}&BundleSid=${BU}&Status=twilio-approved&ValidUntil=2026-12-08T00:00:00Z`;
    const parsed = parseStatusCallback({ method: "POST", url: BASE, contentType: form, body });
    assert.ok(parsed.ok);
    assert.equal(parsed.callback.validUntil?.toISOString(), "2026-12-08T00:00:00.000Z");
  });

  it("checks a POST whose URL carries bodySHA256 against its body, JSON or form", () => {
    const url = `${BASE}?bodySHA256=00`;
    const body = JSON.stringify({ AccountSid: AC, BundleSid: BU, Status: "in-review" });
    const parsed = parseStatusCallback({
      method: "POST",
      url,
      contentType: "application/json",
      body,
    });
    assert.ok(parsed.ok);
    assert.deepEqual(parsed.check, { kind: "body", url, body });
  });

  it("refuses what is not a Bundle status callback", () => {
    const bad = [
      { method: "POST", url: BASE, contentType: form, body: `account_sid=${AC}&status=draft` },
      {
        method: "POST",
        url: BASE,
        contentType: form,
        body: `account_sid=x&bundle_sid=${BU}&status=draft`,
      },
      { method: "PUT", url: BASE, contentType: form, body: "" },
      { method: "POST", url: BASE, contentType: "application/json", body: "{}" },
      { method: "POST", url: `${BASE}?bodySHA256=0`, contentType: "application/json", body: "[1" },
    ];
    for (const request of bad) assert.equal(parseStatusCallback(request).ok, false, request.body);
  });
});

describe("SIGNATURE_SHAPE", () => {
  it("accepts a base64 HMAC-SHA1 and nothing else", () => {
    assert.ok(SIGNATURE_SHAPE.test("RSOYDt4T1cUTdK1PDd93/VVr8B8="));
    for (const s of ["", "x", "RSOYDt4T1cUTdK1PDd93/VVr8B8", "A".repeat(5000)])
      assert.equal(SIGNATURE_SHAPE.test(s), false);
  });
});
