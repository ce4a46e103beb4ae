/**
 * Issue 14's differences from Twilio, one test each, through the real twilio SDK: the emulator
 * answers with Twilio's status and code (or the documented default of src/defaults.ts).
 */
import assert from "node:assert/strict";
import { afterEach, beforeEach, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../src";
import { EMULATOR_DEFAULTS } from "../src/defaults";
import {
  ACME,
  approveInStore,
  compliantDraft,
  control,
  PNG_BYTES,
  rawUpload,
  rejectsWith,
  sdk,
  upload,
  waitForStatus,
} from "./emulator-harness";

describe("the emulator refuses what Twilio refuses, with Twilio's codes", () => {
  let emulator: RunningEmulator;
  let client: ReturnType<typeof sdk>;
  let rc: ReturnType<typeof sdk>["numbers"]["v2"]["regulatoryCompliance"];
  const byName = async (name: string) => (await rc.bundles.list({ friendlyName: name }))[0]!;
  beforeEach(async () => {
    emulator = await startEmulator();
    client = sdk(emulator, ACME.sid, ACME.authToken);
    rc = client.numbers.v2.regulatoryCompliance;
  });
  afterEach(() => emulator.close());

  it("1. Bundle create: 22200 for an invalid End-User or Number type, 22201 for no regulation", async () => {
    const base = { friendlyName: "x", email: "ops@example.com" };
    await rejectsWith(
      rc.bundles.create({
        ...base,
        isoCountry: "DE",
        numberType: "local",
        endUserType: "company" as never,
      }),
      400,
      22200,
    );
    await rejectsWith(
      rc.bundles.create({
        ...base,
        isoCountry: "DE",
        numberType: "bogus",
        endUserType: "business",
      }),
      400,
      22200,
    );
    await rejectsWith(
      rc.bundles.create({ ...base, regulationSid: "RN" + "0".repeat(32) }),
      400,
      22201,
    );
    await rejectsWith(
      rc.bundles.create({
        ...base,
        isoCountry: "ZZ",
        numberType: "local",
        endUserType: "business",
      }),
      400,
      22201,
    );
    const made = await rc.bundles.create({
      ...base,
      isoCountry: "EE",
      numberType: "mobile",
      endUserType: "business",
    });
    assert.equal(made.status, "draft");
  });

  it("2. Regulations list: 22212 for an invalid EndUserType filter, 22213 for an invalid NumberType", async () => {
    await rejectsWith(rc.regulations.list({ endUserType: "company" as never }), 400, 22212);
    await rejectsWith(rc.regulations.list({ numberType: "bogus" }), 400, 22213);
    const tollFree = await rc.regulations.list({ numberType: "tollfree" });
    const local = await rc.regulations.list({ endUserType: "business", numberType: "local" });
    assert.ok(local.length > 0);
    assert.ok(local.every((r) => r.endUserType === "business" && r.numberType === "local"));
    assert.ok(tollFree.every((r) => r.numberType === "toll-free"));
  });

  it("3. Paging: Page is client state, only PageToken moves; Page>0 alone is 20001, a stale or garbage token 21481", async () => {
    await control(emulator, "POST", "bundles/generate", { accountSid: ACME.sid, count: 1200 });
    await rejectsWith(rc.bundles.page({ pageSize: 50, pageNumber: 20 }), 400, 20001);
    const first = await rc.bundles.page({ pageSize: 50 });
    const second = await first.nextPage();
    assert.ok(second);
    assert.equal(second.instances[0]!.sid, (await rc.bundles.list({ limit: 51 }))[50]!.sid);
    // The same token with another Page answers the same rows: Page is only echoed.
    const relabelled = await rc.bundles.getPage(second.nextPageUrl!.replace("Page=2", "Page=7"));
    const third = await rc.bundles.getPage(second.nextPageUrl!);
    assert.deepEqual(
      relabelled.instances.map((b) => b.sid),
      third.instances.map((b) => b.sid),
    );
    assert.equal(
      (relabelled as unknown as { _payload: { meta: { page: number } } })._payload.meta.page,
      7,
    );
    // Back again: previous_page_url carries a token too.
    const back = await third.previousPage();
    assert.deepEqual(
      back!.instances.map((b) => b.sid),
      second.instances.map((b) => b.sid),
    );
    // A stale token: the row it points after is gone.
    const stale = second.nextPageUrl!;
    const lastOfSecond = second.instances[second.instances.length - 1]!.sid;
    emulator.store.bundles.delete(lastOfSecond);
    await rejectsWith(rc.bundles.getPage(stale), 400, 21481);
    await rejectsWith(
      rc.bundles.getPage(stale.replace(/PageToken=[^&]+/, "PageToken=garbage")),
      400,
      21481,
    );
    assert.equal(EMULATOR_DEFAULTS.invalidPageToken.code, 21481);
  });

  it("4. A second ReplaceItems from the emptied copy is refused (22224) and the original keeps its items", async () => {
    const paris = await byName("Acme Logistics – Paris office");
    const copy = await rc.bundles(paris.sid).bundleCopies.create();
    approveInStore(emulator, copy.sid);
    const first = await rc.bundles(paris.sid).replaceItems.create({ fromBundleSid: copy.sid });
    assert.equal(first.sid, paris.sid);
    const itemsAfterFirst = (await rc.bundles(paris.sid).itemAssignments.list()).length;
    assert.ok(itemsAfterFirst > 0);
    await rejectsWith(
      rc.bundles(paris.sid).replaceItems.create({ fromBundleSid: copy.sid }),
      400,
      22224,
    );
    assert.equal((await rc.bundles(paris.sid).itemAssignments.list()).length, itemsAfterFirst);
  });

  it("5. Items of an approved Bundle cannot change: updates are refused and the Bundle stays approved", async () => {
    const london = await byName("Acme Logistics – London sales");
    const items = await rc.bundles(london.sid).itemAssignments.list();
    const endUserSid = items.find((i) => i.objectSid.startsWith("IT"))!.objectSid;
    const docSid = items.find((i) => i.objectSid.startsWith("RD"))!.objectSid;
    const { status, code } = EMULATOR_DEFAULTS.approvedItemsImmutable;
    const endUser = await rc.endUsers(endUserSid).fetch();
    await rejectsWith(
      rc.endUsers(endUserSid).update({ attributes: { business_name: "Changed Ltd" } }),
      status,
      code,
    );
    await rejectsWith(rc.supportingDocuments(docSid).update({ attributes: {} }), status, code);
    await rejectsWith(
      rc.supportingDocuments(docSid).update({ friendlyName: "renamed" }),
      status,
      code,
    );
    assert.deepEqual((await rc.endUsers(endUserSid).fetch()).attributes, endUser.attributes);
    assert.equal((await rc.bundles(london.sid).fetch()).status, "twilio-approved");
    assert.equal((await rc.bundles(london.sid).evaluations.create()).status, "compliant");
    // The same data in a draft copy can change.
    const paris = await byName("Acme Logistics – Paris office");
    const copy = await rc.bundles(paris.sid).bundleCopies.create();
    const copied = (await rc.bundles(copy.sid).itemAssignments.list()).find((i) =>
      i.objectSid.startsWith("IT"),
    )!;
    const updated = await rc.endUsers(copied.objectSid).update({ friendlyName: "Acme (2026)" });
    assert.equal(updated.friendlyName, "Acme (2026)");
  });

  it("6. 22229 in a copy: the address document's assignment cannot be removed nor its address_sids changed", async () => {
    const dublin = await byName("Acme Logistics – Dublin support line");
    const copy = await rc.bundles(dublin.sid).bundleCopies.create();
    const items = await rc.bundles(copy.sid).itemAssignments.list();
    let addressItem: (typeof items)[number] | undefined;
    let attrs: Record<string, unknown> = {};
    for (const a of items.filter((i) => i.objectSid.startsWith("RD"))) {
      const doc = await rc.supportingDocuments(a.objectSid).fetch();
      const a2 = doc.attributes as Record<string, unknown>;
      if (Array.isArray(a2.address_sids) && a2.address_sids.length > 0) {
        addressItem = a;
        attrs = a2;
      }
    }
    assert.ok(addressItem, "the Dublin copy has an address-bearing document");
    const other = await client.addresses.create({
      customerName: "Acme",
      street: "2 Quay",
      city: "Dublin",
      region: "Dublin",
      postalCode: "D02",
      isoCountry: "IE",
    });
    await rejectsWith(rc.bundles(copy.sid).itemAssignments(addressItem.sid).remove(), 400, 22229);
    await rejectsWith(
      rc
        .supportingDocuments(addressItem.objectSid)
        .update({ attributes: { ...attrs, address_sids: [other.sid] } }),
      400,
      22229,
    );
    // Metadata may change; other assignments may be removed.
    const renamed = await rc
      .supportingDocuments(addressItem.objectSid)
      .update({ friendlyName: "Proof of address (2026)", attributes: attrs });
    assert.equal(renamed.friendlyName, "Proof of address (2026)");
    const endUserItem = items.find((i) => i.objectSid.startsWith("IT"))!;
    assert.equal(await rc.bundles(copy.sid).itemAssignments(endUserItem.sid).remove(), true);
  });

  it("7. A copy has no valid_until of its own, so an approved copy never expires", async () => {
    const berlin = await byName("Acme Logistics – Berlin numbers");
    assert.ok(berlin.validUntil);
    const copy = await rc.bundles(berlin.sid).bundleCopies.create();
    assert.equal(copy.validUntil, null);
    assert.equal((await rc.bundles(copy.sid).fetch()).validUntil, null);
    approveInStore(emulator, copy.sid);
    await control(emulator, "POST", "clock", { advanceDays: 30 });
    assert.equal((await rc.bundles(berlin.sid).fetch()).status, "twilio-rejected");
    assert.equal((await rc.bundles(copy.sid).fetch()).status, "twilio-approved");
    const pending = await rc.bundles.list({ hasValidUntilDate: true });
    assert.ok(!pending.some((b) => b.sid === copy.sid), "copies stay out of the worklist filter");
  });

  it("8. A 30 MB upload answers 413/20413 before its body is read; a text file named .pdf answers 415/12301", async () => {
    const { status: tooLargeStatus, code: tooLargeCode } = EMULATOR_DEFAULTS.uploadTooLarge;
    // Declared 30 MB, no byte sent: only an emulator that answers without reading can reply.
    const declared = await rawUpload(emulator, { contentLength: 30 * 1024 * 1024, send: 0 });
    assert.deepEqual([declared.status, declared.body.code], [tooLargeStatus, tooLargeCode]);
    // Streamed (chunked, no length): refused once the limit is passed, the rest discarded.
    const streamed = await rawUpload(emulator, { send: 30 * 1024 * 1024 });
    assert.deepEqual([streamed.status, streamed.body.code], [tooLargeStatus, tooLargeCode]);
    // A whole 30 MB multipart request, as a browser form would send it.
    const big = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "big",
      Type: "passport",
      file: { bytes: new Uint8Array(30 * 1024 * 1024), type: "application/pdf", name: "big.pdf" },
    });
    assert.deepEqual([big.status, big.body.code], [tooLargeStatus, tooLargeCode]);
    // Just over the file limit, inside the request limit: the file check answers the same.
    const over = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "over",
      Type: "passport",
      file: {
        bytes: new Uint8Array(EMULATOR_DEFAULTS.upload.maxBytes + 1).fill(0x25),
        type: "application/pdf",
        name: "over.pdf",
      },
    });
    assert.deepEqual([over.status, over.body.code], [tooLargeStatus, tooLargeCode]);
    const text = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "not a pdf",
      Type: "passport",
      file: {
        bytes: new TextEncoder().encode("just some notes\n"),
        type: "application/pdf",
        name: "notes.pdf",
      },
    });
    assert.deepEqual([text.status, text.body.code], [415, 12301]);
    // PNG bytes declared as a PDF are refused too; the emulator still serves afterwards.
    const mislabelled = await upload(emulator, ACME.sid, ACME.authToken, {
      FriendlyName: "mislabelled",
      Type: "passport",
      file: { bytes: PNG_BYTES, type: "application/pdf", name: "scan.pdf" },
    });
    assert.equal(mislabelled.status, 415);
    assert.equal((await rc.bundles.list({ limit: 1 })).length, 1);
  });

  it("9a. A Bundle whose Address was deleted cannot be copied (22230)", async () => {
    const dublin = await byName("Acme Logistics – Dublin support line");
    const items = await rc.bundles(dublin.sid).itemAssignments.list();
    let addressSid: string | undefined;
    for (const a of items.filter((i) => i.objectSid.startsWith("RD"))) {
      const attrs = (await rc.supportingDocuments(a.objectSid).fetch()).attributes as {
        address_sids?: string[];
      };
      addressSid ??= attrs.address_sids?.[0];
    }
    assert.ok(addressSid);
    assert.equal(await client.addresses(addressSid).remove(), true);
    await rejectsWith(rc.bundles(dublin.sid).bundleCopies.create(), 400, 22230);
    // A Bundle without that Address still copies.
    const paris = await byName("Acme Logistics – Paris office");
    assert.equal((await rc.bundles(paris.sid).bundleCopies.create()).status, "draft");
  });

  it("9b. An IsTest Bundle is rejected after submission, its documents with 18099", async () => {
    const { bundle, documentSid } = await compliantDraft(emulator, rc, { isTest: true });
    assert.equal(
      (await rc.bundles(bundle.sid).update({ status: "pending-review" })).status,
      "pending-review",
    );
    await waitForStatus(rc, bundle.sid, "twilio-rejected");
    const doc = await rc.supportingDocuments(documentSid).fetch();
    assert.equal(doc.status, "rejected");
    assert.deepEqual(doc.errors, [{ code: 18099 }]);
    assert.equal(doc.failureReason, "Rejected test bundle");
    // A real one with the same data is not.
    const real = await compliantDraft(emulator, rc);
    await rc.bundles(real.bundle.sid).update({ status: "pending-review" });
    await new Promise((r) => setTimeout(r, 50));
    assert.equal((await rc.bundles(real.bundle.sid).fetch()).status, "pending-review");
  });

  it("10. Requirement URLs point at EndUserTypes and SupportingDocumentTypes, which resolve", async () => {
    const [regulation] = await rc.regulations.list({ isoCountry: "IE", endUserType: "business" });
    const requirements = regulation!.requirements as {
      end_user: Array<{ type: string; url: string }>;
      supporting_document: Array<
        Array<{ accepted_documents: Array<{ type: string; url: string }> }>
      >;
    };
    const eu = requirements.end_user[0]!;
    assert.equal(
      eu.url,
      `https://numbers.twilio.com/v2/RegulatoryCompliance/EndUserTypes/${eu.type}`,
    );
    const doc = requirements.supporting_document[0]![0]!.accepted_documents[0]!;
    assert.equal(
      doc.url,
      `https://numbers.twilio.com/v2/RegulatoryCompliance/SupportingDocumentTypes/${doc.type}`,
    );
    assert.equal((await rc.endUserTypes(eu.type).fetch()).machineName, eu.type);
    assert.equal((await rc.supportingDocumentTypes(doc.type).fetch()).machineName, doc.type);
  });
});
