/**
 * The status-callback route (issue 10 V2–V4, issue 12 §3): every shape Twilio is known to send
 * is accepted with a valid signature; unsigned, forged, tampered, oversized, unknown-account and
 * other-account callbacks are refused and change nothing; a replay is applied once.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { request as httpRequest } from "node:http";
import twilio from "twilio";
import { ACME, BERLIN, BISTRO, bodyBytesRead, startDal, type Dal } from "./harness";
import { eventsOf, findOpenRequestByOriginal } from "./db";
import { eventually, submitBerlin } from "./flow";

type Shape = "post-snake" | "post-pascal" | "get-pascal";
const PATH = "/api/twilio/status-callback";

interface Fields {
  accountSid: string;
  bundleSid: string;
  status: string;
  failureReason?: string;
}

function build(base: string, shape: Shape, f: Fields, token: string) {
  const pascal = {
    AccountSid: f.accountSid,
    BundleSid: f.bundleSid,
    Status: f.status,
    FailureReason: f.failureReason ?? "",
  };
  if (shape === "get-pascal") {
    const hash = createHash("sha256").update(JSON.stringify(pascal)).digest("hex");
    const query = new URLSearchParams({ bodySHA256: hash, ...pascal }).toString();
    const url = `${base}${PATH}?${query}`;
    return {
      method: "GET",
      url,
      body: "",
      signature: twilio.getExpectedTwilioSignature(token, url, {}),
    };
  }
  const params: Record<string, string> =
    shape === "post-pascal"
      ? pascal
      : {
          account_sid: f.accountSid,
          bundle_sid: f.bundleSid,
          status: f.status,
          failure_reason: f.failureReason ?? "",
        };
  const url = `${base}${PATH}`;
  return {
    method: "POST",
    url,
    body: new URLSearchParams(params).toString(),
    signature: twilio.getExpectedTwilioSignature(token, url, params),
  };
}

async function send(req: { method: string; url: string; body: string; signature: string | null }) {
  const res = await fetch(req.url, {
    method: req.method,
    headers: {
      ...(req.signature ? { "x-twilio-signature": req.signature } : {}),
      ...(req.method === "POST" ? { "content-type": "application/x-www-form-urlencoded" } : {}),
    },
    body: req.method === "POST" ? req.body : undefined,
  });
  return res.status;
}

describe("the status-callback route", () => {
  let dal: Dal;
  let copySid: string;
  const acme = () => ({ accountSid: ACME.sid, bundleSid: copySid, status: "in-review" });

  before(async () => {
    dal = await startDal();
    copySid = await submitBerlin(dal, await dal.contextFor("customer@demo.test"));
  });
  after(() => dal.close());

  const phase = async () => (await findOpenRequestByOriginal(BERLIN))!.phase;

  for (const shape of ["post-snake", "post-pascal", "get-pascal"] as const) {
    it(`refuses ${shape} callbacks that are unsigned, forged, tampered or from another account, changing nothing`, async () => {
      const before = await phase();
      const good = build(dal.baseUrl, shape, acme(), ACME.authToken);
      const forged = build(dal.baseUrl, shape, acme(), "f".repeat(32));
      const tampered = {
        ...good,
        url: good.url.replace("in-review", "twilio-approved"),
        body: good.body.replace("in-review", "twilio-approved"),
      };
      const otherAccount = build(
        dal.baseUrl,
        shape,
        { ...acme(), accountSid: BISTRO.sid },
        BISTRO.authToken,
      );
      assert.equal(await send({ ...good, signature: null }), 403, "unsigned");
      assert.equal(await send(forged), 403, "forged");
      assert.equal(await send(tampered), 403, "tampered");
      assert.equal(await send(otherAccount), 403, "signed by another account, about Acme's copy");
      assert.equal(await phase(), before);
    });
  }

  it("accepts each shape with a valid signature", async () => {
    assert.equal(await send(build(dal.baseUrl, "get-pascal", acme(), ACME.authToken)), 204);
    // Applied by the status_callback job, moments later.
    await eventually(async () => (await phase()) === "in_review", "the callback to be applied");
    for (const shape of ["post-snake", "post-pascal"] as const)
      assert.equal(await send(build(dal.baseUrl, shape, acme(), ACME.authToken)), 204, shape);
  });

  it("applies a replayed callback once: no second timeline entry", async () => {
    const request = await findOpenRequestByOriginal(BERLIN);
    const callback = build(
      dal.baseUrl,
      "post-snake",
      { ...acme(), status: "in-review" },
      ACME.authToken,
    );
    const count = async () => (await eventsOf(request!.id)).length;
    await send(callback);
    const once = await count();
    assert.equal(await send(callback), 204);
    assert.equal(await count(), once);
  });

  it("refuses an unknown account's callback without asking Twilio, for 50 random accounts", async () => {
    await dal.control.clearStats();
    for (let i = 0; i < 50; i++) {
      const sid = `AC${randomBytes(16).toString("hex")}`;
      const status = await send(
        build(dal.baseUrl, "post-snake", { ...acme(), accountSid: sid }, "0".repeat(32)),
      );
      assert.equal(status, 403);
    }
    assert.equal((await dal.control.stats()).total, 0, "Twilio requests made");
  });

  it("refuses an unsigned 50 MB body without reading it", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${dal.baseUrl}${PATH}`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": 50 * 2 ** 20,
        },
      });
      req.on("response", (res) => {
        resolve(res.statusCode ?? 0);
        req.destroy();
      });
      req.on("error", (e) => (e.message.includes("socket hang up") ? undefined : reject(e)));
      req.write(Buffer.alloc(64 * 1024, "a"));
    });
    assert.equal(status, 403);
    assert.equal(bodyBytesRead.last, 0, "bytes of the body the route read");
  });

  it("refuses a signed body over the callback limit after reading no more than the limit", async () => {
    const big = build(
      dal.baseUrl,
      "post-snake",
      { ...acme(), failureReason: "x".repeat(40_000) },
      ACME.authToken,
    );
    assert.equal(await send(big), 413);
    assert.ok(bodyBytesRead.last <= 16 * 1024 + 65_536, `read ${bodyBytesRead.last} bytes`);
  });
});
