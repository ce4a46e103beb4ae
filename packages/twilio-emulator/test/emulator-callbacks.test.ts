/**
 * Bundle status callbacks in the shapes Twilio is known to send (issue 12, item 6): by default
 * the GET with PascalCase query parameters and bodySHA256 of twilio/twilio-php#861, validated the
 * way twilio-node validates such a URL; the guide's form POST on request; off on request; and
 * expiry past valid_until called back by a timer, with no request arriving.
 */
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { afterEach, beforeEach, describe, it } from "node:test";
import twilio from "twilio";
import { startEmulator, type RunningEmulator } from "../src";
import { EmulatorControl } from "../src/control-client";
import { signatureValid, startCallbackReceiver } from "./callback-receiver";
import { ACME, BISTRO, sdk } from "./emulator-harness";

describe("status callbacks", () => {
  let emulator: RunningEmulator;
  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  let control: EmulatorControl;
  let rc: ReturnType<typeof sdk>["numbers"]["v2"]["regulatoryCompliance"];
  let london: string;
  beforeEach(async () => {
    emulator = await startEmulator();
    receiver = await startCallbackReceiver();
    control = new EmulatorControl(emulator.url);
    rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    london = (await rc.bundles.list({ friendlyName: "Acme Logistics – London sales" }))[0]!.sid;
    await rc.bundles(london).update({ statusCallback: receiver.url });
  });
  afterEach(async () => {
    await emulator.close();
    await receiver.close();
  });

  /** A regulation change gives London a valid_until in `ms` (announced by a callback). */
  const expireLondonIn = (ms: number) =>
    control.regulationChange({
      isoCountry: "GB",
      validUntil: new Date(emulator.store.now() + ms).toISOString(),
    });

  it("by default sends the GET of twilio/twilio-php#861, valid for validateRequestWithBody", async () => {
    assert.deepEqual((await control.callbacks()).settings, { enabled: true, format: "get-pascal" });
    await expireLondonIn(30 * 86_400_000);
    const cb = await receiver.waitFor((c) => c.fields.bundle_sid === london);
    assert.equal(cb.method, "GET");
    assert.equal(cb.rawBody, "");
    assert.equal(cb.headers["user-agent"], "TwilioProxy/1.1");
    const url = new URL(cb.url);
    const hash = createHash("sha256").update("").digest("hex");
    assert.deepEqual(url.searchParams.getAll("bodySHA256"), [hash, hash]);
    assert.deepEqual(
      [...url.searchParams.keys()],
      [
        "bodySHA256",
        "bodySHA256",
        "AccountSid",
        "BundleSid",
        "Status",
        "FailureReason",
        "ValidUntil",
      ],
    );
    assert.equal(cb.query.AccountSid, ACME.sid);
    assert.equal(cb.query.Status, "twilio-approved");
    assert.equal(cb.query.FailureReason, "");
    assert.match(cb.query.ValidUntil!, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    const signature = String(cb.headers["x-twilio-signature"]);
    assert.ok(twilio.validateRequestWithBody(ACME.authToken, signature, cb.url, ""));
    assert.ok(!twilio.validateRequestWithBody(BISTRO.authToken, signature, cb.url, ""));
    assert.ok(
      !twilio.validateRequestWithBody(
        ACME.authToken,
        signature,
        cb.url.replace("twilio-approved", "twilio-rejected"),
        "",
      ),
      "the query is signed",
    );
    assert.ok(!twilio.validateRequestWithBody(ACME.authToken, signature, cb.url, "{}"));
    // A status change of a Bundle without valid_until carries no ValidUntil at all.
    const munich = (
      await rc.bundles.list({ friendlyName: "Acme Logistics – Munich warehouse" })
    )[0]!;
    await rc.bundles(munich.sid).update({ statusCallback: receiver.url });
    await control.review(munich.sid, "approve");
    const approved = await receiver.waitFor(
      (c) => c.fields.bundle_sid === munich.sid && c.fields.status === "twilio-approved",
    );
    assert.equal(approved.query.ValidUntil, undefined);
    assert.ok(signatureValid(ACME.authToken, approved));
  });

  it("sends the guide's form POST on request: post-snake and post-pascal, valid for validateRequest", async () => {
    await control.setCallbackFormat("post-snake");
    await expireLondonIn(30 * 86_400_000);
    const snake = await receiver.waitFor((c) => c.fields.bundle_sid === london);
    assert.equal(snake.method, "POST");
    assert.equal(snake.headers["content-type"], "application/x-www-form-urlencoded");
    assert.deepEqual(Object.keys(snake.form).sort(), [
      "account_sid",
      "bundle_sid",
      "failure_reason",
      "status",
      "valid_until",
    ]);
    assert.ok(
      twilio.validateRequest(
        ACME.authToken,
        String(snake.headers["x-twilio-signature"]),
        receiver.url,
        snake.form,
      ),
    );
    await control.setCallbackFormat("post-pascal");
    await control.advanceClock({ advanceDays: 31 });
    const pascal = await receiver.waitFor((c) => c.form.Status === "twilio-rejected");
    assert.deepEqual(Object.keys(pascal.form).sort(), [
      "AccountSid",
      "BundleSid",
      "FailureReason",
      "Status",
      "ValidUntil",
    ]);
    assert.ok(pascal.form.FailureReason);
    assert.ok(signatureValid(ACME.authToken, pascal));
    await assert.rejects(control.call("PUT", "callback-format", { format: "json" }));
  });

  it("can be turned off: status changes are counted, nothing is sent, until turned on again", async () => {
    await control.setCallbacksEnabled(false);
    await expireLondonIn(30 * 86_400_000);
    const munich = (
      await rc.bundles.list({ friendlyName: "Acme Logistics – Munich warehouse" })
    )[0]!;
    await rc.bundles(munich.sid).update({ statusCallback: receiver.url });
    await control.review(munich.sid, "approve");
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(receiver.received.length, 0);
    const state = await control.callbacks();
    assert.equal(state.settings.enabled, false);
    assert.ok(state.suppressed >= 3, `suppressed ${state.suppressed}`);
    await control.setCallbacksEnabled(true);
    await control.advanceClock({ advanceDays: 31 });
    const expired = await receiver.waitFor((c) => c.fields.status === "twilio-rejected");
    assert.equal(expired.fields.bundle_sid, london);
  });

  it("expires an approved Bundle past valid_until by a timer and calls back, with no request arriving", async () => {
    await expireLondonIn(400);
    await control.clearStats();
    const expired = await receiver.waitFor(
      (c) => c.fields.bundle_sid === london && c.fields.status === "twilio-rejected",
      5000,
    );
    assert.ok(expired.fields.failure_reason);
    assert.equal((await control.stats()).total, 0, "no Twilio request was needed");
    assert.equal(emulator.store.bundles.get(london)!.status, "twilio-rejected");
  });

  it("answers with its own clock in the Date header, which POST /_emulator/clock moves", async () => {
    const dateOf = async () => {
      const res = await fetch(`${emulator.url}/v2/RegulatoryCompliance/Bundles`, {
        headers: { authorization: `Basic ${btoa(`${ACME.sid}:${ACME.authToken}`)}` },
      });
      return Date.parse(res.headers.get("date")!);
    };
    const before = await dateOf();
    assert.ok(Math.abs(before - Date.now()) < 5_000, "starts at the real time");
    await control.advanceClock({ advanceDays: 7 });
    const after = await dateOf();
    assert.ok(Math.abs(after - before - 7 * 86_400_000) < 5_000, `moved by ${after - before} ms`);
  });

  it("expires on POST /_emulator/clock, calling back at once", async () => {
    await expireLondonIn(10 * 86_400_000);
    const moved = await control.advanceClock({ advanceDays: 11 });
    assert.ok(Number(moved.expired) >= 1);
    const expired = await receiver.waitFor((c) => c.fields.status === "twilio-rejected", 2000);
    assert.equal(expired.fields.bundle_sid, london);
  });
});
