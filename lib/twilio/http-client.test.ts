import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import twilio from "twilio";
import {
  GatewayHttpClient,
  readHeader,
  rewriteTwilioUrl,
  type AnnotatedRestException,
} from "./http-client";

describe("rewriteTwilioUrl", () => {
  const base = "http://127.0.0.1:4010";
  const cases: Array<[string, string]> = [
    [
      "https://api.twilio.com/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?PageSize=50",
      `${base}/2010-04-01/Accounts/AC1/IncomingPhoneNumbers.json?PageSize=50`,
    ],
    [
      "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?ValidUntilDate%3C=2026-12-31T00%3A00%3A00Z&Page=1&PageToken=PA1",
      `${base}/v2/RegulatoryCompliance/Bundles?ValidUntilDate%3C=2026-12-31T00%3A00%3A00Z&Page=1&PageToken=PA1`,
    ],
    [
      "https://numbers-upload.twilio.com/v2/RegulatoryCompliance/SupportingDocuments",
      `${base}/v2/RegulatoryCompliance/SupportingDocuments`,
    ],
    [
      "https://numbers.dublin.ie1.twilio.com/v2/RegulatoryCompliance/Regulations/RN1",
      `${base}/v2/RegulatoryCompliance/Regulations/RN1`,
    ],
  ];
  for (const [from, to] of cases) {
    it(`rewrites ${new URL(from).host}, keeping path and query`, () =>
      assert.equal(rewriteTwilioUrl(from, base), to));
  }

  it("accepts a base URL with a trailing slash or a path prefix", () => {
    assert.equal(
      rewriteTwilioUrl("https://api.twilio.com/2010-04-01/Accounts.json", `${base}/`),
      `${base}/2010-04-01/Accounts.json`,
    );
    assert.equal(
      rewriteTwilioUrl("https://api.twilio.com/x", "http://emu.local/twilio"),
      "http://emu.local/twilio/x",
    );
  });

  it("leaves URLs untouched without an emulator URL", () => {
    for (const [from] of cases) assert.equal(rewriteTwilioUrl(from, null), from);
  });

  it("leaves non-Twilio and look-alike hosts untouched", () => {
    for (const uri of [
      "https://example.com/v2/x",
      "https://twilio.com.evil.test/v2/x",
      "http://api.twilio.com/v2/x",
      "https://nottwilio.com/x",
    ]) {
      assert.equal(rewriteTwilioUrl(uri, base), uri);
    }
  });
});

describe("readHeader", () => {
  it("is case-insensitive for plain objects and Headers", () => {
    assert.equal(readHeader({ "Retry-After": "5" }, "retry-after"), "5");
    assert.equal(readHeader(new Headers({ "retry-after": "7" }), "Retry-After"), "7");
    assert.equal(readHeader(undefined, "retry-after"), null);
  });
});

describe("GatewayHttpClient against a local server", () => {
  let server: Server;
  let baseUrl: string;
  const seen: Array<{ url: string; host: string | undefined; auth: string | undefined }> = [];

  const bundle = (n: number) => ({
    sid: `BU${String(n).padStart(32, "0")}`,
    account_sid: "AC1",
    status: "draft",
    friendly_name: `b${n}`,
    valid_until: null,
    date_created: "2021-08-30T22:29:24Z",
    date_updated: "2021-08-30T22:29:24Z",
  });
  const meta = (page: number, next: string | null) => ({
    page,
    page_size: 1,
    key: "results",
    url: "u",
    first_page_url: "f",
    previous_page_url: null,
    next_page_url: next,
  });

  function respond(req: IncomingMessage) {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/v2/RegulatoryCompliance/Bundles") {
      return url.searchParams.get("PageToken") === "PA1"
        ? { status: 200, body: { results: [bundle(2)], meta: meta(1, null) } }
        : {
            status: 200,
            body: {
              results: [bundle(1)],
              meta: meta(
                0,
                "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?PageSize=1&Page=1&PageToken=PA1",
              ),
            },
          };
    }
    if (url.pathname.endsWith("/BUslow"))
      return {
        status: 429,
        headers: { "Retry-After": "2" },
        body: { code: 20429, message: "Too Many Requests", more_info: "m", status: 429 },
      };
    return {
      status: 404,
      body: {
        code: 20404,
        message: "The requested resource was not found",
        more_info: "m",
        status: 404,
      },
    };
  }

  before(async () => {
    server = createServer((req, res) => {
      seen.push({
        url: req.url ?? "",
        host: req.headers["x-twilio-host"] as string | undefined,
        auth: req.headers.authorization,
      });
      const { status, body, headers } = respond(req) as {
        status: number;
        body: unknown;
        headers?: Record<string, string>;
      };
      res.writeHead(status, { "Content-Type": "application/json", ...headers });
      res.end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () =>
    twilio("AC1", "token1", { httpClient: new GatewayHttpClient({ baseUrl, timeoutMs: 2000 }) });

  it("sends SDK requests, including absolute next-page links, to the base URL", async () => {
    seen.length = 0;
    const bundles = client().numbers.v2.regulatoryCompliance.bundles;
    const first = await bundles.page({ pageSize: 1, hasValidUntilDate: true });
    assert.equal(first.instances[0]?.friendlyName, "b1");
    assert.ok(first.nextPageUrl);
    const second = await bundles.getPage(first.nextPageUrl);
    assert.equal(second.instances[0]?.friendlyName, "b2");
    assert.deepEqual(
      seen.map((s) => s.url),
      [
        "/v2/RegulatoryCompliance/Bundles?HasValidUntilDate=true&PageSize=1",
        "/v2/RegulatoryCompliance/Bundles?PageSize=1&Page=1&PageToken=PA1",
      ],
    );
    assert.ok(seen.every((s) => s.host === "numbers.twilio.com"));
    assert.equal(seen[0]?.auth, `Basic ${Buffer.from("AC1:token1").toString("base64")}`);
  });

  it("raises the SDK's RestException annotated with Retry-After", async () => {
    const error = (await client()
      .numbers.v2.regulatoryCompliance.bundles("BUslow")
      .fetch()
      .then(
        () => null,
        (e: unknown) => e,
      )) as AnnotatedRestException;
    assert.ok(error instanceof twilio.RestException);
    assert.equal(error.status, 429);
    assert.equal(error.code, 20429);
    assert.equal(error.retryAfter, "2");
  });

  it("annotates errors without the header with retryAfter null", async () => {
    const error = (await client()
      .numbers.v2.regulatoryCompliance.bundles("BUmissing")
      .fetch()
      .then(
        () => null,
        (e: unknown) => e,
      )) as AnnotatedRestException;
    assert.ok(error instanceof twilio.RestException);
    assert.equal(error.status, 404);
    assert.equal(error.moreInfo, "m");
    assert.equal(error.retryAfter, null);
  });

  it("without an emulator URL, passes non-Twilio URLs through untouched", async () => {
    seen.length = 0;
    const http = new GatewayHttpClient({ baseUrl: null, timeoutMs: 2000 });
    const response = await http.request({
      method: "get",
      uri: `${baseUrl}/v2/RegulatoryCompliance/Bundles`,
    });
    assert.equal(response.statusCode, 200);
    assert.equal(seen[0]?.host, undefined, "no X-Twilio-Host when nothing was rewritten");
  });
});
