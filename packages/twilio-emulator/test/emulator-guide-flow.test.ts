import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../src";
import { signatureValid, startCallbackReceiver } from "./callback-receiver";
import { ACME, control, PDF_BYTES, sdk, upload } from "./emulator-harness";

describe("the guide's ten steps through the real twilio SDK", () => {
  let emulator: RunningEmulator;
  let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
  before(async () => {
    emulator = await startEmulator();
    receiver = await startCallbackReceiver();
  });
  after(async () => {
    await emulator.close();
    await receiver.close();
  });

  it("updates an approved bundle whose regulation changed, from copy to clean original", async () => {
    const client = sdk(emulator, ACME.sid, ACME.authToken);
    const rc = client.numbers.v2.regulatoryCompliance;
    // Set-up: an approved Estonian bundle with a status callback.
    const [regulation] = await rc.regulations.list({
      isoCountry: "ee",
      numberType: "mobile",
      endUserType: "business",
    });
    assert.ok(regulation, "an Estonian mobile business regulation is seeded");
    const endUser = await rc.endUsers.create({
      friendlyName: "Tallinn OÜ",
      type: "business",
      attributes: { business_name: "Tallinn OÜ" },
    });
    const doc = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "Registry extract",
      Type: "commercial_registrar_excerpt",
      Attributes: { business_name: "Tallinn OÜ" },
      file: { bytes: PDF_BYTES, type: "application/pdf", name: "extract.pdf" },
    });
    assert.equal(doc.status, 201);
    assert.equal(doc.body.mime_type, "application/pdf");
    const original = await rc.bundles.create({
      friendlyName: "Tallinn",
      email: "ops@example.com",
      regulationSid: regulation.sid,
      statusCallback: receiver.url,
    });
    await rc.bundles(original.sid).itemAssignments.create({ objectSid: endUser.sid });
    await rc.bundles(original.sid).itemAssignments.create({ objectSid: String(doc.body.sid) });
    assert.equal((await rc.bundles(original.sid).evaluations.create()).status, "compliant");
    assert.equal(
      (await rc.bundles(original.sid).update({ status: "pending-review" })).status,
      "pending-review",
    );
    assert.equal(
      (await control(emulator, "POST", `bundles/${original.sid}/review`, { decision: "approve" }))
        .status,
      200,
    );
    await receiver.waitFor(
      (c) => c.fields.bundle_sid === original.sid && c.fields.status === "twilio-approved",
    );

    // Step 0: the regulation changes; Twilio sets valid_until and calls back.
    const change = await control(emulator, "POST", "regulation-changes", {
      isoCountry: "EE",
      graceDays: 10,
    });
    assert.deepEqual(change.body.bundles, [original.sid]);
    const announced = await receiver.waitFor(
      (c) => c.fields.bundle_sid === original.sid && c.fields.valid_until !== undefined,
    );
    assert.equal(announced.fields.status, "twilio-approved");
    assert.equal(announced.fields.account_sid, ACME.sid);

    // Step 1: find bundles that need an update, soonest first.
    const expiring = await rc.bundles.list({
      hasValidUntilDate: true,
      sortBy: "valid-until",
      sortDirection: "ASC",
      status: "twilio-approved",
    });
    assert.ok(expiring.some((b) => b.sid === original.sid));
    for (let i = 1; i < expiring.length; i++)
      assert.ok(expiring[i - 1]!.validUntil! <= expiring[i]!.validUntil!);

    // Step 2: a copy, in draft, with deep copies of every item.
    const copy = await rc
      .bundles(original.sid)
      .bundleCopies.create({ friendlyName: "Tallinn (update)" });
    assert.equal(copy.status, "draft");
    assert.notEqual(copy.sid, original.sid);
    assert.equal(copy.validUntil, null, "a copy has no valid_until of its own (defaults)");
    assert.ok((await rc.bundles(original.sid).fetch()).validUntil);
    assert.deepEqual(
      (await rc.bundles(original.sid).bundleCopies.list()).map((c) => c.sid),
      [copy.sid],
    );

    // Step 3: evaluate the copy: the new requirement fails.
    const evaluation = await rc.bundles(copy.sid).evaluations.create();
    assert.equal(evaluation.status, "noncompliant");
    const failed = (
      evaluation.results as Array<{
        passed: boolean;
        invalid: Array<{ object_field: string; error_code: number }>;
      }>
    ).filter((r) => !r.passed);
    assert.ok(failed.length > 0);
    const missingFields = failed.flatMap((r) => r.invalid.map((i) => i.object_field));

    // Step 4: the copy's items are new objects with the same data.
    const assignments = await rc.bundles(copy.sid).itemAssignments.list();
    assert.equal(assignments.length, 2);
    const copiedEndUserSid = assignments.find((a) => a.objectSid.startsWith("IT"))!.objectSid;
    assert.notEqual(copiedEndUserSid, endUser.sid);
    const copiedEndUser = await rc.endUsers(copiedEndUserSid).fetch();
    assert.deepEqual(copiedEndUser.attributes, endUser.attributes);

    // Steps 5–6: update the End-User with what is missing.
    const filled = Object.fromEntries(
      missingFields.map((f) => [
        f,
        f === "business_website" ? "https://tallinn.example" : "filled",
      ]),
    );
    await rc
      .endUsers(copiedEndUserSid)
      .update({ attributes: { ...(copiedEndUser.attributes as object), ...filled } });
    assert.equal((await rc.bundles(copy.sid).evaluations.create()).status, "compliant");
    assert.equal((await rc.bundles(copy.sid).evaluations.list()).length, 2);

    // Step 7: submit the copy; step 8: Twilio approves it (callbacks for each status).
    await rc.bundles(copy.sid).update({ statusCallback: receiver.url });
    await rc.bundles(copy.sid).update({ status: "pending-review" });
    await control(emulator, "POST", `bundles/${copy.sid}/review`, { decision: "approve" });
    for (const status of ["pending-review", "in-review", "twilio-approved"]) {
      await receiver.waitFor((c) => c.fields.bundle_sid === copy.sid && c.fields.status === status);
    }
    // As in the guide's step 8, the approved copy's callback carries no valid_until.
    const approvedCopy = await receiver.waitFor(
      (c) => c.fields.bundle_sid === copy.sid && c.fields.status === "twilio-approved",
    );
    assert.equal(approvedCopy.fields.valid_until, undefined);
    // The original stays approved and untouched meanwhile.
    const untouched = await rc.bundles(original.sid).itemAssignments.list();
    assert.deepEqual(
      untouched.map((a) => a.objectSid).sort(),
      [endUser.sid, String(doc.body.sid)].sort(),
    );

    // Step 9: ReplaceItems moves the copy's items into the original and clears valid_until.
    const replaced = await rc
      .bundles(original.sid)
      .replaceItems.create({ fromBundleSid: copy.sid });
    assert.equal(replaced.sid, original.sid);
    const after = await rc.bundles(original.sid).fetch();
    assert.equal(after.validUntil, null);
    assert.equal(after.status, "twilio-approved");
    const moved = (await rc.bundles(original.sid).itemAssignments.list()).map((a) => a.objectSid);
    assert.ok(moved.includes(copiedEndUserSid));
    assert.equal((await rc.bundles(copy.sid).itemAssignments.list()).length, 0);

    // Step 10: delete the copy.
    assert.equal(await rc.bundles(copy.sid).remove(), true);
    await assert.rejects(
      rc.bundles(copy.sid).fetch(),
      (e: { status: number; code: number }) => e.status === 404 && e.code === 20404,
    );

    // Every callback carried a signature valid for the subaccount's own token.
    for (const c of receiver.received) {
      assert.ok(signatureValid(ACME.authToken, c), `signature of ${c.url}`);
      assert.ok(c.headers["i-twilio-idempotency-token"]);
    }
  });

  it("shows the seeded Berlin bundle's missing document and mismatched name on its copy", async () => {
    const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    const [berlin] = await rc.bundles.list({ friendlyName: "Acme Logistics – Berlin numbers" });
    assert.ok(berlin?.validUntil);
    const copy = await rc.bundles(berlin.sid).bundleCopies.create();
    const evaluation = await rc.bundles(copy.sid).evaluations.create();
    type Result = {
      requirement_name: string;
      passed: boolean;
      error_code: number | null;
      invalid: Array<{ object_field: string; error_code: number; failure_reason: string }>;
    };
    const results = evaluation.results as Result[];
    const rep = results.find((r) => r.requirement_name === "name_of_auth_rep_info");
    assert.equal(rep?.passed, false);
    assert.equal(rep?.error_code, 22216);
    assert.deepEqual(rep?.invalid.map((i) => i.error_code).sort(), [22217, 22217, 22219]);
    const name = results.find((r) =>
      r.invalid.some(
        (i) => i.object_field === "business_name" && /does not match/.test(i.failure_reason),
      ),
    );
    assert.ok(name, "the mismatched business name is reported");
  });
});
