import { createHash } from "node:crypto";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import twilio from "twilio";
import { getAuthTokenForAccount, validateTwilioSignature } from "./clients";
import { GatewayError } from "./errors";
import { listBundles } from "./list-bundles";
import { uploadSupportingDocument } from "./upload-supporting-document";

/** The gateway's operations against a small fake of the Twilio paths they use. */
const PARENT = { sid: `AC${"0".repeat(31)}1`, token: "parent-token" };
const SUB = { sid: `AC${"0".repeat(31)}2`, token: "sub-token" };
const basic = (sid: string, token: string) =>
  `Basic ${Buffer.from(`${sid}:${token}`).toString("base64")}`;

let server: Server;
let accountFetches = 0;
let failNextAccountFetch = false;
let lastUpload: {
  auth?: string;
  host?: string;
  fields: Record<string, string>;
  file?: { name: string; type: string; size: number };
} | null = null;
const bundleRequests: string[] = [];

const json = (status: number, body: unknown) => ({ status, body });

async function route(req: IncomingMessage, raw: Buffer) {
  const url = new URL(req.url ?? "/", "http://x");
  if (url.pathname === `/2010-04-01/Accounts/${SUB.sid}.json`) {
    accountFetches++;
    if (req.headers.authorization !== basic(PARENT.sid, PARENT.token))
      return json(401, { code: 20003, message: "Authenticate", status: 401 });
    if (failNextAccountFetch) {
      failNextAccountFetch = false;
      return json(400, { code: 20001, message: "nope", status: 400 });
    }
    return json(200, {
      sid: SUB.sid,
      auth_token: SUB.token,
      status: "active",
      friendly_name: "Sub",
    });
  }
  if (url.pathname.startsWith("/2010-04-01/Accounts/"))
    return json(404, { code: 20404, message: "not found", status: 404 });
  if (url.pathname === "/v2/RegulatoryCompliance/Bundles") {
    if (req.headers.authorization !== basic(SUB.sid, SUB.token))
      return json(401, { code: 20003, message: "Authenticate", status: 401 });
    bundleRequests.push(url.search);
    const page = Number(url.searchParams.get("Page") ?? 0);
    const item = {
      sid: `BU${String(page).padStart(32, "0")}`,
      account_sid: SUB.sid,
      status: "twilio-approved",
      friendly_name: `p${page}`,
      valid_until: "2026-12-31T00:00:00Z",
    };
    const next =
      page === 0
        ? `https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?PageSize=1&Page=1&PageToken=PA${item.sid}`
        : null;
    return json(200, {
      results: [item],
      meta: {
        page,
        page_size: 1,
        key: "results",
        next_page_url: next,
        previous_page_url: page
          ? "https://numbers.twilio.com/v2/RegulatoryCompliance/Bundles?PageSize=1&Page=0"
          : null,
      },
    });
  }
  if (url.pathname === "/v2/RegulatoryCompliance/SupportingDocuments" && req.method === "POST") {
    const form = await new Request("http://x", {
      method: "POST",
      body: new Uint8Array(raw),
      headers: { "content-type": String(req.headers["content-type"]) },
    }).formData();
    const fields: Record<string, string> = {};
    let file: { name: string; type: string; size: number } | undefined;
    for (const [key, value] of form) {
      if (typeof value === "string") fields[key] = value;
      else file = { name: value.name, type: value.type, size: value.size };
    }
    lastUpload = {
      auth: req.headers.authorization,
      host: req.headers["x-twilio-host"] as string,
      fields,
      file,
    };
    if (fields.Type === "bad")
      return json(400, {
        code: 22207,
        message: "Attributes is not valid JSON",
        more_info: "m",
        status: 400,
      });
    return json(201, {
      sid: "RD1",
      friendly_name: fields.FriendlyName,
      type: fields.Type,
      status: "draft",
      mime_type: file?.type ?? "",
      attributes: JSON.parse(fields.Attributes ?? "{}"),
      errors: null,
      failure_reason: null,
      date_created: "2026-01-01T00:00:00Z",
      date_updated: "2026-01-01T00:00:00Z",
    });
  }
  return json(404, { code: 20404, message: "not found", status: 404 });
}

before(async () => {
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", async () => {
      const { status, body } = await route(req, Buffer.concat(chunks));
      res.writeHead(status, { "Content-Type": "application/json" }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  Object.assign(process.env, {
    AUTH_SECRET: "operations-test-secret-not-for-production",
    TWILIO_ACCOUNT_SID: PARENT.sid,
    TWILIO_AUTH_TOKEN: PARENT.token,
    TWILIO_EMULATOR_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    TWILIO_TIMEOUT_MS: "3000",
  });
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  bundleRequests.length = 0;
});

describe("account credentials", () => {
  it("uses the parent token for the parent without a request", async () => {
    const before = accountFetches;
    assert.equal(await getAuthTokenForAccount(PARENT.sid), PARENT.token);
    assert.equal(accountFetches, before);
  });

  it("reads a subaccount token once (a failed read is not cached), concurrent callers share it", async () => {
    failNextAccountFetch = true;
    await assert.rejects(
      getAuthTokenForAccount(SUB.sid),
      (e: unknown) => e instanceof GatewayError && e.code === "invalid_request:twilio",
    );
    const before = accountFetches;
    const tokens = await Promise.all([
      getAuthTokenForAccount(SUB.sid),
      getAuthTokenForAccount(SUB.sid),
    ]);
    assert.deepEqual(tokens, [SUB.token, SUB.token]);
    assert.equal(await getAuthTokenForAccount(SUB.sid), SUB.token);
    assert.equal(accountFetches - before, 1);
  });

  it("answers not_found:account for an account the parent does not own, and for malformed SIDs", async () => {
    await assert.rejects(getAuthTokenForAccount(`AC${"9".repeat(32)}`), {
      code: "not_found:account",
    });
    await assert.rejects(getAuthTokenForAccount("AC../../x"), { code: "not_found:account" });
  });

  it("validates X-Twilio-Signature with the owning account's token", async () => {
    const url = "https://portal.example.com/api/twilio/status-callback";
    const params = { bundle_sid: "BU1", status: "twilio-approved" };
    const signature = twilio.getExpectedTwilioSignature(SUB.token, url, params);
    const signed = (p: Record<string, string>) => ({ kind: "params" as const, url, params: p });
    assert.equal(
      await validateTwilioSignature({ accountSid: SUB.sid, signature, signed: signed(params) }),
      true,
    );
    assert.equal(
      await validateTwilioSignature({ accountSid: PARENT.sid, signature, signed: signed(params) }),
      false,
    );
    assert.equal(
      await validateTwilioSignature({
        accountSid: SUB.sid,
        signature,
        signed: signed({ ...params, status: "draft" }),
      }),
      false,
    );
    assert.equal(
      await validateTwilioSignature({
        accountSid: `AC${"9".repeat(32)}`,
        signature,
        signed: signed(params),
      }),
      false,
    );
  });

  it("validates a URL carrying bodySHA256 against the body, as validateRequestWithBody does", async () => {
    const body = JSON.stringify({ BundleSid: "BU1", Status: "twilio-approved" });
    const hash = createHash("sha256").update(body).digest("hex");
    const hashedUrl = `https://portal.example.com/api/twilio/status-callback?bodySHA256=${hash}`;
    const signature = twilio.getExpectedTwilioSignature(SUB.token, hashedUrl, {});
    const check = (b: string) =>
      validateTwilioSignature({
        accountSid: SUB.sid,
        signature,
        signed: { kind: "body", url: hashedUrl, body: b },
      });
    assert.equal(await check(body), true);
    assert.equal(await check(body.replace("approved", "rejected")), false);
  });
});

describe("listBundles", () => {
  it("pages on the server with the subaccount's credentials and opaque cursors", async () => {
    const first = await listBundles(SUB.sid, {
      hasValidUntilDate: true,
      sortBy: "valid-until",
      sortDirection: "ASC",
      pageSize: 1,
    });
    assert.equal(first.items[0]?.friendlyName, "p0");
    assert.equal(first.items[0]?.validUntil?.toISOString(), "2026-12-31T00:00:00.000Z");
    assert.equal(first.page, 0);
    assert.equal(first.pageSize, 1);
    assert.equal(first.previousPageUrl, null);
    assert.ok(first.nextPageUrl);
    const second = await listBundles(SUB.sid, { cursor: first.nextPageUrl, status: "draft" });
    assert.equal(second.items[0]?.friendlyName, "p1");
    assert.equal(second.nextPageUrl, null);
    assert.ok(second.previousPageUrl);
    assert.deepEqual(bundleRequests, [
      "?HasValidUntilDate=true&SortBy=valid-until&SortDirection=ASC&PageSize=1",
      `?PageSize=1&Page=1&PageToken=PABU${"0".repeat(31)}0`,
    ]);
  });

  it("refuses a foreign cursor before any request", async () => {
    await assert.rejects(
      listBundles(SUB.sid, { cursor: "https://evil.test/v2/RegulatoryCompliance/Bundles" }),
      { code: "invalid_request:cursor" },
    );
    assert.deepEqual(bundleRequests, []);
  });
});

describe("uploadSupportingDocument", () => {
  const file = {
    data: new TextEncoder().encode("%PDF-1.4 test"),
    fileName: "bill.pdf",
    mimeType: "application/pdf",
  };

  it("posts multipart to the upload host with the subaccount's credentials", async () => {
    const doc = await uploadSupportingDocument(SUB.sid, {
      friendlyName: "Bill",
      type: "utility_bill",
      attributes: { address_sids: ["AD1"] },
      file,
    });
    assert.equal(doc.sid, "RD1");
    assert.equal(doc.mimeType, "application/pdf");
    assert.deepEqual(doc.attributes, { address_sids: ["AD1"] });
    assert.equal(lastUpload?.auth, basic(SUB.sid, SUB.token));
    assert.equal(lastUpload?.host, "numbers-upload.twilio.com");
    assert.deepEqual(lastUpload?.fields, {
      FriendlyName: "Bill",
      Type: "utility_bill",
      Attributes: '{"address_sids":["AD1"]}',
    });
    assert.deepEqual(lastUpload?.file, { name: "bill.pdf", type: "application/pdf", size: 13 });
  });

  it("maps Twilio's error body like the SDK's", async () => {
    await assert.rejects(
      uploadSupportingDocument(SUB.sid, {
        friendlyName: "Bill",
        type: "bad",
        attributes: {},
        file,
      }),
      (e: unknown) => {
        assert.ok(e instanceof GatewayError);
        assert.equal(e.code, "invalid_attributes:twilio");
        assert.equal(e.twilioCode, 22207);
        return true;
      },
    );
  });
});
