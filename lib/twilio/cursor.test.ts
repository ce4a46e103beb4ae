import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { bundlesPageUrlFromCursor } from "./cursor";
import { GatewayError } from "./errors";
import { assertSid } from "./sids";

describe("bundlesPageUrlFromCursor", () => {
  it("accepts a Bundles page URL and keeps its query", () => {
    const next =
      "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?HasValidUntilDate=true&ValidUntilDate%3C=2026-12-31T00%3A00%3A00Z&PageSize=50&Page=1&PageToken=PABU1";
    assert.equal(bundlesPageUrlFromCursor(next), next);
  });

  it("normalises the origin (explicit default port) to numbers.twilio.com", () => {
    assert.equal(
      bundlesPageUrlFromCursor(
        "https://numbers.twilio.com:443/v2/RegulatoryCompliance/Bundles?Page=2",
      ),
      "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?Page=2",
    );
  });

  const rejected: Array<[string, string]> = [
    ["another host", "https://evil.test/v2/RegulatoryCompliance/Bundles?Page=1"],
    ["a look-alike host", "https://numbers.twilio.com.evil.test/v2/RegulatoryCompliance/Bundles"],
    ["another Twilio host", "https://api.twilio.com/v2/RegulatoryCompliance/Bundles"],
    ["plain http", "http://numbers.twilio.com/v2/RegulatoryCompliance/Bundles"],
    [
      "credentials in the URL",
      "https://user:pw@numbers.twilio.com/v2/RegulatoryCompliance/Bundles",
    ],
    ["another list", "https://numbers.twilio.com/v2/RegulatoryCompliance/EndUsers?Page=1"],
    ["a single bundle", "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles/BU1"],
    ["path traversal", "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles/../EndUsers"],
    ["a non-standard port", "https://numbers.twilio.com:8443/v2/RegulatoryCompliance/Bundles"],
    ["not a URL", "PAxyz"],
    ["empty", ""],
    [
      "too long",
      `https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?x=${"a".repeat(5000)}`,
    ],
  ];
  for (const [label, cursor] of rejected) {
    it(`rejects ${label}`, () => {
      assert.throws(
        () => bundlesPageUrlFromCursor(cursor),
        (e: unknown) =>
          e instanceof GatewayError &&
          e.code === "invalid_request:cursor" &&
          e.visibility === "user",
      );
    });
  }
});

describe("assertSid", () => {
  it("accepts a well-formed SID of the right kind", () => {
    assert.equal(
      assertSid("BU0123456789abcdef0123456789abcdef", "BU", "bundle"),
      "BU0123456789abcdef0123456789abcdef",
    );
  });

  for (const sid of [
    "BU123",
    "IT0123456789abcdef0123456789abcdef",
    "BU0123456789abcdef0123456789abcdef/../x",
    "../BU0123456789abcdef0123456789abcd",
  ]) {
    it(`answers not_found for ${JSON.stringify(sid)}`, () => {
      assert.throws(() => assertSid(sid, "BU", "bundle"), {
        code: "not_found:bundle",
        status: 404,
      });
    });
  }
});
