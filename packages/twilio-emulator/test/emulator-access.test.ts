import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import twilio from "twilio";
import { startEmulator, type RunningEmulator } from "../src";
import { DEMO_API_KEY } from "../src/seed/demo-people";
import { startCallbackReceiver } from "./callback-receiver";
import { ACME, BISTRO, control, DEMO_PARENT, rejectsWith, sdk } from "./emulator-harness";

describe("paging, auth, isolation, faults and callbacks", () => {
  let emulator: RunningEmulator;
  before(async () => {
    emulator = await startEmulator();
  });
  after(() => emulator.close());

  it("pages over 2,500 bundles with next_page_url followed by the SDK", async () => {
    const generated = await control(emulator, "POST", "bundles/generate", {
      accountSid: BISTRO.sid,
      count: 2500,
    });
    assert.equal(generated.status, 200);
    const rc = sdk(emulator, BISTRO.sid, BISTRO.authToken).numbers.v2.regulatoryCompliance;
    const all = await rc.bundles.list({ pageSize: 1000 });
    const total = Number(generated.body.total);
    assert.equal(all.length, total);
    assert.equal(new Set(all.map((b) => b.sid)).size, total, "no bundle repeated across pages");
    for (let i = 1; i < all.length; i++)
      assert.ok(all[i - 1]!.dateCreated >= all[i]!.dateCreated, "default order: newest first");
    const page = await rc.bundles.page({
      pageSize: 50,
      hasValidUntilDate: true,
      sortBy: "valid-until",
      sortDirection: "ASC",
    });
    assert.equal(page.instances.length, 50);
    const raw = (await (
      await fetch(
        `${emulator.url}/v2/RegulatoryCompliance/Bundles?HasValidUntilDate=true&PageSize=2`,
        {
          headers: {
            authorization: `Basic ${Buffer.from(`${BISTRO.sid}:${BISTRO.authToken}`).toString("base64")}`,
          },
        },
      )
    ).json()) as { meta: Record<string, string | null | number> };
    assert.match(
      String(raw.meta.next_page_url),
      /^https:\/\/numbers\.twilio\.com\/v2\/RegulatoryCompliance\/Bundles\?HasValidUntilDate=true&PageSize=2&Page=1&PageToken=PABU/,
    );
    assert.equal(raw.meta.previous_page_url, null);
    assert.equal(raw.meta.key, "results");
    await rejectsWith(rc.bundles.page({ pageSize: 1001 }), 400, 20001);
  });

  it("filters bundles by every filter of the spec", async () => {
    const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    const count = async (opts: Record<string, unknown>) => (await rc.bundles.list(opts)).length;
    const all = await rc.bundles.list();
    const now = new Date();
    const in10 = new Date(now.getTime() + 10 * 86_400_000);
    assert.equal(await count({ status: "draft" }), all.filter((b) => b.status === "draft").length);
    assert.equal(await count({ isoCountry: "DE" }), 4);
    assert.equal(await count({ numberType: "mobile" }), 1);
    assert.equal(await count({ endUserType: "individual" }), 0);
    assert.equal(await count({ hasValidUntilDate: true }), all.filter((b) => b.validUntil).length);
    assert.equal(
      await count({ hasValidUntilDate: false }),
      all.filter((b) => !b.validUntil).length,
    );
    assert.equal(
      await count({ validUntilDateBefore: in10 }),
      all.filter((b) => b.validUntil && b.validUntil <= in10).length,
    );
    assert.equal(
      await count({ validUntilDateAfter: in10 }),
      all.filter((b) => b.validUntil && b.validUntil >= in10).length,
    );
    const one = all.find((b) => b.validUntil)!;
    assert.deepEqual(
      (await rc.bundles.list({ validUntilDate: one.validUntil! })).map((b) => b.sid),
      [one.sid],
    );
    assert.deepEqual(
      (await rc.bundles.list({ bundleSids: `${all[0]!.sid},${all[1]!.sid}` }))
        .map((b) => b.sid)
        .sort(),
      [all[0]!.sid, all[1]!.sid].sort(),
    );
    assert.equal(
      await count({ regulationSid: one.regulationSid }),
      all.filter((b) => b.regulationSid === one.regulationSid).length,
    );
    const byUpdate = await rc.bundles.list({ sortBy: "date-updated", sortDirection: "ASC" });
    for (let i = 1; i < byUpdate.length; i++)
      assert.ok(byUpdate[i - 1]!.dateUpdated <= byUpdate[i]!.dateUpdated);
    const regs = await rc.regulations.list({ isoCountry: "de", includeConstraints: true });
    assert.equal(regs.length, 1);
    const field = (
      regs[0]!.requirements as {
        end_user: Array<{ detailed_fields: Array<{ constraint?: string }> }>;
      }
    ).end_user[0]!.detailed_fields[0]!;
    assert.equal(typeof field.constraint, "string");
    const plain = await rc.regulations(regs[0]!.sid).fetch();
    assert.equal(
      (
        plain.requirements as {
          end_user: Array<{ detailed_fields: Array<{ constraint?: string }> }>;
        }
      ).end_user[0]!.detailed_fields[0]!.constraint,
      undefined,
    );
    assert.ok((await rc.endUserTypes.list()).length >= 2);
    assert.ok(
      (await rc.supportingDocumentTypes.list()).some(
        (t) => t.machineName === "commercial_registrar_excerpt",
      ),
    );
  });

  it("authenticates with account tokens or API keys and isolates accounts", async () => {
    await rejectsWith(
      sdk(emulator, ACME.sid, "wrong-token").numbers.v2.regulatoryCompliance.bundles.list(),
      401,
      20003,
    );
    const viaKey = sdk(emulator, DEMO_API_KEY.sid, DEMO_API_KEY.secret, ACME.sid).numbers.v2
      .regulatoryCompliance;
    const acmeBundles = await sdk(
      emulator,
      ACME.sid,
      ACME.authToken,
    ).numbers.v2.regulatoryCompliance.bundles.list();
    assert.equal((await viaKey.bundles.list()).length, acmeBundles.length);
    // Another account's SID answers 404, exactly like a missing one.
    const bistro = sdk(emulator, BISTRO.sid, BISTRO.authToken).numbers.v2.regulatoryCompliance;
    await rejectsWith(bistro.bundles(acmeBundles[0]!.sid).fetch(), 404, 20404);
    await rejectsWith(bistro.bundles(acmeBundles[0]!.sid).bundleCopies.create(), 404, 20404);
    // numbers.twilio.com: the parent's credentials see only the parent's own (no) bundles.
    const parent = sdk(emulator, DEMO_PARENT.sid, DEMO_PARENT.authToken);
    assert.equal((await parent.numbers.v2.regulatoryCompliance.bundles.list()).length, 0);
    // v2010: the parent reaches its subaccounts and reads their auth tokens; never the reverse.
    const subs = await parent.api.v2010.accounts.list();
    assert.ok(subs.some((a) => a.sid === ACME.sid && a.authToken === ACME.authToken));
    assert.ok(
      (await parent.api.v2010.accounts(ACME.sid).incomingPhoneNumbers.list()).every((n) =>
        n.bundleSid?.startsWith("BU"),
      ),
    );
    const acme = sdk(emulator, ACME.sid, ACME.authToken);
    await rejectsWith(acme.api.v2010.accounts(DEMO_PARENT.sid).fetch(), 404, 20404);
    await rejectsWith(acme.api.v2010.accounts(BISTRO.sid).addresses.list(), 404, 20404);
    const keyClient = sdk(emulator, DEMO_API_KEY.sid, DEMO_API_KEY.secret, ACME.sid);
    assert.ok((await keyClient.api.v2010.accounts(ACME.sid).addresses.list()).length > 0);
  });

  it("injects 429 with Retry-After, 5xx, and latency; the control API is JSON", async () => {
    const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    await control(emulator, "POST", "faults", { status: 429, count: 1, retryAfterSeconds: 2 });
    const res = await fetch(`${emulator.url}/v2/RegulatoryCompliance/Bundles`, {
      headers: {
        authorization: `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`,
      },
    });
    assert.equal(res.status, 429);
    assert.equal(res.headers.get("retry-after"), "2");
    assert.deepEqual(await res.json(), {
      code: 20429,
      message: "Too Many Requests",
      more_info: "https://www.twilio.com/docs/errors/20429",
      status: 429,
    });
    assert.ok((await rc.bundles.list()).length > 0, "only the next N requests fail");
    await control(emulator, "POST", "faults", { status: 503, count: 2 });
    await rejectsWith(rc.bundles.list(), 503, 20500);
    await rejectsWith(rc.bundles.list(), 503, 20500);
    await control(emulator, "POST", "faults", { latencyMs: 150 });
    const started = Date.now();
    await rc.bundles.list({ limit: 1 });
    assert.ok(Date.now() - started >= 150);
    await control(emulator, "DELETE", "faults");
    const stats = await control(emulator, "GET", "stats");
    const ops = (stats.body.accounts as Record<string, { operations: Record<string, number> }>)[
      ACME.sid
    ]!.operations;
    assert.ok(ops.ListBundle! >= 4);
    const log = await control(emulator, "GET", "requests?limit=3");
    assert.equal((log.body.requests as unknown[]).length, 3);
  });

  it("signs form-POST status callbacks (post-snake) with the owning account's token and retries failed deliveries", async () => {
    const receiver = await startCallbackReceiver(2);
    try {
      await control(emulator, "PUT", "callback-format", { format: "post-snake" });
      const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
      const [draft] = await rc.bundles.list({ friendlyName: "Nordic Fjord – Tokyo" });
      assert.equal(draft, undefined);
      const [cologne] = await rc.bundles.list({ friendlyName: "Acme Logistics – Cologne hub" });
      await rc.bundles(cologne!.sid).update({ statusCallback: receiver.url });
      await control(emulator, "POST", `bundles/${cologne!.sid}/review`, { decision: "approve" });
      const cb = await receiver.waitFor((c) => c.fields.status === "twilio-approved", 15_000);
      assert.equal(cb.method, "POST");
      const signature = String(cb.headers["x-twilio-signature"]);
      assert.ok(twilio.validateRequest(ACME.authToken, signature, receiver.url, cb.form));
      assert.ok(
        !twilio.validateRequest(BISTRO.authToken, signature, receiver.url, cb.form),
        "another account's token does not validate",
      );
      assert.ok(
        !twilio.validateRequest(ACME.authToken, signature, receiver.url, {
          ...cb.form,
          status: "twilio-rejected",
        }),
      );
      // The guide's fields; valid_until only when the Bundle has one (Cologne has none).
      assert.deepEqual(Object.keys(cb.form).sort(), [
        "account_sid",
        "bundle_sid",
        "failure_reason",
        "status",
      ]);
      const deliveries = (await control(emulator, "GET", "callbacks")).body.deliveries as Array<{
        attempts: number;
        delivered: boolean;
      }>;
      assert.ok(
        deliveries.some((d) => d.attempts === 3 && d.delivered),
        "delivered on the third attempt",
      );
    } finally {
      await control(emulator, "PUT", "callback-format", { format: "get-pascal" });
      await receiver.close();
    }
  });

  it("reviews automatically when asked: approves compliant bundles", async () => {
    await control(emulator, "PUT", "review-mode", { mode: "auto", delaySeconds: 0.2 });
    const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    const [munich] = await rc.bundles.list({ friendlyName: "Acme Logistics – Munich warehouse" });
    await control(emulator, "POST", `bundles/${munich!.sid}/review`, {
      decision: "reject",
      reasons: ["Blurred scan."],
    });
    const doc = (await rc.bundles(munich!.sid).itemAssignments.list()).find((a) =>
      a.objectSid.startsWith("RD"),
    )!;
    const fetched = await rc.supportingDocuments(doc.objectSid).fetch();
    await rc
      .supportingDocuments(doc.objectSid)
      .update({ attributes: fetched.attributes as object });
    await rc.bundles(munich!.sid).update({ status: "pending-review" });
    const deadline = Date.now() + 5000;
    let status = "";
    while (Date.now() < deadline && status !== "twilio-approved") {
      await new Promise((r) => setTimeout(r, 50));
      status = (await rc.bundles(munich!.sid).fetch()).status;
    }
    assert.equal(status, "twilio-approved");
    await control(emulator, "PUT", "review-mode", { mode: "manual" });
  });
});
