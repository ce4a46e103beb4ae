import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../src";
import {
  ACME,
  control,
  JPEG_BYTES,
  PDF_BYTES,
  PNG_BYTES,
  rejectsWith,
  sdk,
  upload,
} from "./emulator-harness";

describe("refusals use Twilio's status and error code", () => {
  let emulator: RunningEmulator;
  let rc: ReturnType<typeof sdk>["numbers"]["v2"]["regulatoryCompliance"];
  const byName = async (name: string) => (await rc.bundles.list({ friendlyName: name }))[0]!;
  before(async () => {
    emulator = await startEmulator();
    rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
  });
  after(() => emulator.close());

  it("refuses a copy of a bundle that is not approved with a valid_until (22223)", async () => {
    await rejectsWith(
      rc.bundles((await byName("Acme Logistics – London sales")).sid).bundleCopies.create(),
      400,
      22223,
    );
    await rejectsWith(
      rc.bundles((await byName("Acme Logistics – Tallinn mobile")).sid).bundleCopies.create(),
      400,
      22223,
    );
  });

  it("refuses ReplaceItems unless from an approved copy of that same, current original (22224–22228)", async () => {
    const paris = await byName("Acme Logistics – Paris office");
    const dublin = await byName("Acme Logistics – Dublin support line");
    await rejectsWith(
      rc.bundles(paris.sid).replaceItems.create({ fromBundleSid: paris.sid }),
      400,
      22226,
    );
    await rejectsWith(
      rc.bundles(paris.sid).replaceItems.create({ fromBundleSid: "BU" + "0".repeat(32) }),
      400,
      22225,
    );
    const copy = await rc.bundles(paris.sid).bundleCopies.create();
    await rejectsWith(
      rc.bundles(paris.sid).replaceItems.create({ fromBundleSid: copy.sid }),
      400,
      22224,
    ); // still a draft
    await rejectsWith(
      rc.bundles(dublin.sid).replaceItems.create({ fromBundleSid: copy.sid }),
      400,
      22224,
    ); // not its copy
    // A copy approved before the regulation changed again lacks the latest requirements (22228).
    emulator.store.bundles.get(copy.sid)!.status = "twilio-approved";
    await control(emulator, "POST", "regulation-changes", { isoCountry: "FR" });
    await rejectsWith(
      rc.bundles(paris.sid).replaceItems.create({ fromBundleSid: copy.sid }),
      400,
      22228,
    );
  });

  it("refuses ReplaceItems when a carried-over document's address differs from the original's (22229)", async () => {
    const dublin = await byName("Acme Logistics – Dublin support line");
    const copy = await rc.bundles(dublin.sid).bundleCopies.create();
    const items = await rc.bundles(copy.sid).itemAssignments.list();
    const address = await sdk(emulator, ACME.sid, ACME.authToken).addresses.create({
      customerName: "Acme",
      street: "2 Quay",
      city: "Dublin",
      region: "Dublin",
      postalCode: "D02",
      isoCountry: "IE",
    });
    // The API refuses the change itself (see the differences suite); a state written before that
    // rule, or by hand, is still caught by ReplaceItems.
    let changed = 0;
    for (const a of items.filter((i) => i.objectSid.startsWith("RD"))) {
      const doc = emulator.store.supportingDocuments.get(a.objectSid)!;
      if (Array.isArray(doc.attributes.address_sids)) {
        doc.attributes = { ...doc.attributes, address_sids: [address.sid] };
        changed++;
      }
    }
    assert.ok(changed > 0, "the Dublin bundle has an address-bearing document");
    const stored = emulator.store.bundles.get(copy.sid)!;
    stored.status = "twilio-approved";
    stored.regulation_version = emulator.store.regulations.get(stored.regulation_sid)!.version;
    await rejectsWith(
      rc.bundles(dublin.sid).replaceItems.create({ fromBundleSid: copy.sid }),
      400,
      22229,
    );
  });

  it("refuses deletes of bundles under review or with numbers, and of assigned or pending items (21644–21648)", async () => {
    const munich = await byName("Acme Logistics – Munich warehouse");
    await rejectsWith(rc.bundles(munich.sid).remove(), 400, 21647);
    await rejectsWith(
      rc.bundles((await byName("Acme Logistics – London sales")).sid).remove(),
      400,
      21648,
    );
    const items = await rc.bundles(munich.sid).itemAssignments.list();
    const endUser = items.find((i) => i.objectSid.startsWith("IT"))!.objectSid;
    const doc = items.find((i) => i.objectSid.startsWith("RD"))!.objectSid;
    await rejectsWith(rc.endUsers(endUser).remove(), 400, 21644);
    await rejectsWith(rc.supportingDocuments(doc).remove(), 400, 21646); // pending-review
    const tallinn = await byName("Acme Logistics – Tallinn mobile");
    const eu = (await rc.bundles(tallinn.sid).itemAssignments.list())[0]!.objectSid;
    await rejectsWith(rc.endUsers(eu).remove(), 400, 21644);
    const lone = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "x",
      Type: "trade_license",
      Attributes: { business_name: "x" },
    });
    await rc.bundles(tallinn.sid).itemAssignments.create({ objectSid: String(lone.body.sid) });
    await rejectsWith(rc.supportingDocuments(String(lone.body.sid)).remove(), 400, 21645);
  });

  it("refuses bad status updates: parse (22203), with properties (22204), transitions, noncompliant", async () => {
    const tallinn = await byName("Acme Logistics – Tallinn mobile");
    await rejectsWith(rc.bundles(tallinn.sid).update({ status: "approved" as never }), 400, 22203);
    await rejectsWith(
      rc.bundles(tallinn.sid).update({ status: "pending-review", friendlyName: "x" }),
      400,
      22204,
    );
    await rejectsWith(rc.bundles(tallinn.sid).update({ status: "twilio-approved" }), 400, 20001);
    await assert.rejects(
      rc.bundles(tallinn.sid).update({ status: "pending-review" }),
      (e: { status: number; message: string }) =>
        e.status === 400 && /not regulatory compliant/.test(e.message),
    );
    const cologne = await byName("Acme Logistics – Cologne hub");
    await rejectsWith(rc.bundles(cologne.sid).update({ status: "pending-review" }), 400, 20001);
  });

  it("changes items only while editable, and only End-Users and documents of the account (22205, 22206)", async () => {
    const london = await byName("Acme Logistics – London sales");
    const tallinn = await byName("Acme Logistics – Tallinn mobile");
    const endUser = await rc.endUsers.create({
      friendlyName: "n",
      type: "business",
      attributes: {},
    });
    await rejectsWith(
      rc.bundles(london.sid).itemAssignments.create({ objectSid: endUser.sid }),
      400,
      20001,
    );
    const assignment = (await rc.bundles(london.sid).itemAssignments.list())[0]!;
    await rejectsWith(rc.bundles(london.sid).itemAssignments(assignment.sid).remove(), 400, 20001);
    await rejectsWith(
      rc.bundles(tallinn.sid).itemAssignments.create({ objectSid: "AD" + "1".repeat(32) }),
      400,
      22206,
    );
    await rejectsWith(
      rc.bundles(tallinn.sid).itemAssignments.create({ objectSid: "IT" + "1".repeat(32) }),
      400,
      22205,
    );
    await rejectsWith(
      rc.bundles(tallinn.sid).itemAssignments.create({ objectSid: "nope" }),
      400,
      22205,
    );
  });

  it("validates creates: attributes JSON (22207), document type and name (22210, 22211), bundle regulation (22201, 22202)", async () => {
    const res = await fetch(`${emulator.url}/v2/RegulatoryCompliance/EndUsers`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: "FriendlyName=x&Type=business&Attributes=%7Bnot-json",
    });
    assert.equal(res.status, 400);
    assert.equal(((await res.json()) as { code: number }).code, 22207);
    await rejectsWith(
      rc.supportingDocuments.create({ friendlyName: "x", type: "no_such_type" }),
      400,
      22210,
    );
    assert.equal(
      (await upload(emulator, ACME.sid, ACME.authToken, { FriendlyName: "", Type: "passport" }))
        .body.code,
      22211,
    );
    await rejectsWith(rc.bundles.create({ friendlyName: "x", email: "a@b.c" }), 400, 22202);
    await rejectsWith(
      rc.bundles.create({
        friendlyName: "x",
        email: "a@b.c",
        isoCountry: "ZZ",
        numberType: "local",
        endUserType: "business",
      }),
      400,
      22201,
    );
    await rejectsWith(
      rc.bundles.create({
        friendlyName: "x",
        email: "a@b.c",
        regulationSid: "RN" + "0".repeat(32),
      }),
      400,
      22201,
    );
    await rejectsWith(
      rc.bundles.create({ friendlyName: "x", email: "", regulationSid: "RN" + "0".repeat(32) }),
      400,
      20001,
    );
  });

  it("limits uploads to PDF, JPEG and PNG, by declared type and by content", async () => {
    const exe = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "exe",
      Type: "passport",
      file: { bytes: PDF_BYTES, type: "application/x-msdownload", name: "a.exe" },
    });
    assert.deepEqual([exe.status, exe.body.code], [415, 12301]);
    const png = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "id",
      Type: "passport",
      file: { bytes: PNG_BYTES, type: "image/png", name: "id.png" },
    });
    assert.deepEqual([png.status, png.body.mime_type], [201, "image/png"]);
    const jpeg = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "id",
      Type: "passport",
      file: { bytes: JPEG_BYTES, type: "image/jpeg", name: "id.jpg" },
    });
    assert.deepEqual([jpeg.status, jpeg.body.mime_type], [201, "image/jpeg"]);
    const empty = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "nothing",
      Type: "passport",
      file: { bytes: new Uint8Array(0), type: "application/pdf", name: "empty.pdf" },
    });
    assert.deepEqual([empty.status, empty.body.mime_type], [201, ""]);
    const broken = await fetch(`${emulator.url}/v2/RegulatoryCompliance/SupportingDocuments`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`,
        "content-type": "multipart/form-data; boundary=b",
      },
      body: '--b\r\nContent-Disposition: form-data; name="FriendlyName"\r\n\r\nunterminated',
    });
    assert.deepEqual(
      [broken.status, ((await broken.json()) as { code: number }).code],
      [400, 20001],
    );
  });

  it("rejects with reasons on the documents at fault, and lets a rejected bundle be fixed and resubmitted", async () => {
    const tokyo = await byName("Nordic Fjord – Tokyo").catch(() => undefined);
    assert.equal(tokyo, undefined, "another account's bundles are invisible");
    const munich = await byName("Acme Logistics – Munich warehouse");
    const items = await rc.bundles(munich.sid).itemAssignments.list();
    const doc = await rc
      .supportingDocuments(items.find((i) => i.objectSid.startsWith("RD"))!.objectSid)
      .fetch();
    await control(emulator, "POST", `bundles/${munich.sid}/review`, {
      decision: "reject",
      reasons: [{ documentSid: doc.sid, reason: "Document is blurred.", code: 18001 }],
    });
    assert.equal((await rc.bundles(munich.sid).fetch()).status, "twilio-rejected");
    const rejected = await rc.supportingDocuments(doc.sid).fetch();
    assert.equal(rejected.status, "rejected");
    assert.equal(rejected.failureReason, "Document is blurred.");
    assert.deepEqual(rejected.errors, [{ code: 18001 }]);
    await assert.rejects(rc.bundles(munich.sid).update({ status: "pending-review" })); // still rejected document
    await rc.supportingDocuments(doc.sid).update({ attributes: doc.attributes as object });
    assert.equal(
      (await rc.bundles(munich.sid).update({ status: "pending-review" })).status,
      "pending-review",
    );
    assert.equal(
      (await control(emulator, "POST", `bundles/${munich.sid}/review`, { decision: "bogus" }))
        .status,
      400,
    );
  });

  it("expires approved bundles past their valid_until to twilio-rejected", async () => {
    const berlin = await byName("Acme Logistics – Berlin numbers");
    const advanced = await control(emulator, "POST", "clock", { advanceDays: 8 });
    assert.ok(Number(advanced.body.expired) >= 1);
    assert.equal((await rc.bundles(berlin.sid).fetch()).status, "twilio-rejected");
  });
});
