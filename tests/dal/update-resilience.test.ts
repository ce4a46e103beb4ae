/**
 * What the spine guarantees when Twilio fails midway or callbacks repeat (issue 10 R2-R4, V4),
 * and the rules that keep steps from acting on old news (issue 11: leases, compare-and-set,
 * what a step keeps on the row).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import {
  checkUpdate,
  getUpdateView,
  saveGroup,
  startUpdate,
  submitUpdate,
} from "@/lib/dal/update-requests";
import { record } from "@/lib/dal/update-requests/progress";
import { acquireLease, releaseLease, saveChanges } from "@/lib/dal/update-requests/store";
import { getDb } from "@/lib/db";
import { updateRequests } from "@/lib/db/schema";
import { seededSid } from "@portal/twilio-emulator/demo";
import { ACME, BERLIN, startDal, type Dal } from "./harness";
import { eventsOf, findOpenRequestByOriginal } from "./db";
import { eventually, fixBerlin, groupsOf, pngFile } from "./flow";

const PARIS = seededSid("BU", "acme-paris");
const BISTRO_SID = "AC000000000000000000000000b15760a2";
const DUBLIN = seededSid("BU", "acme-dublin");

describe("the update request when Twilio fails midway, and the rules under every step", () => {
  let dal: Dal;
  const ops = async () => (await dal.control.stats()).accounts[ACME.sid]?.operations ?? {};
  const open = async (sid: string) => (await findOpenRequestByOriginal(sid))!;

  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("a 503 on Start's UpdateBundle does not lose the status callback: the next step sets it", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await dal.control.injectFaults({ status: 503, count: 1, operation: "UpdateBundle" });
    await startUpdate(ctx, PARIS);
    const row = await open(PARIS);
    assert.equal(row.callbackSetAt, null);
    const copy = () =>
      dal.twilio<{ status_callback: string | null }>(
        `/v2/RegulatoryCompliance/Bundles/${row.copySid}`,
      );
    assert.notEqual(
      (await copy()).body.status_callback,
      `${dal.baseUrl}/api/twilio/status-callback`,
    );
    await checkUpdate(ctx, PARIS);
    assert.equal((await copy()).body.status_callback, `${dal.baseUrl}/api/twilio/status-callback`);
    assert.ok((await open(PARIS)).callbackSetAt);
    await dal.control.clearFaults();
  });

  it("a 503 on CreateItemAssignment leaves no orphan: the retry assigns the document already made", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await startUpdate(ctx, DUBLIN);
    const { form } = await groupsOf(ctx, DUBLIN);
    const group = form.groups[0]!;
    const input = {
      originalSid: DUBLIN,
      groupId: group.id,
      values: { type: group.documentTypes[0]!.type, business_registration_number: "IE123456" },
      file: pngFile("certificate.png"),
    };
    await dal.control.clearStats();
    await dal.control.injectFaults({ status: 503, count: 1, operation: "CreateItemAssignment" });
    await assert.rejects(saveGroup(ctx, input));
    const failed = await getUpdateView(ctx, DUBLIN);
    assert.equal(failed.request?.failure?.step, "save", "the page is told the save failed");
    const saved = await saveGroup(ctx, { ...input, file: pngFile("certificate.png") });
    assert.equal(saved.saved, true);
    const count = await ops();
    assert.equal(count["CreateSupportingDocument"], 1, JSON.stringify(count));
    assert.equal((await getUpdateView(ctx, DUBLIN)).request?.failure, null);
    await dal.control.clearFaults();
  });

  it("a save whose check fails is saved, says so, and the next check clears the failure", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await startUpdate(ctx, BERLIN);
    const { form, addresses } = await groupsOf(ctx);
    const excerpt = form.groups.find((g) => g.id.startsWith("document:"))!;
    await dal.control.injectFaults({ status: 503, count: 1, operation: "CreateEvaluation" });
    const outcome = await saveGroup(ctx, {
      originalSid: BERLIN,
      groupId: excerpt.id,
      values: {
        business_registration_number: "12345678",
        business_name: "Acme Logistics GmbH",
        address_sids: [addresses.find((a) => a.label.includes("Berlin"))!.value],
      },
    });
    assert.equal(outcome.saved && outcome.checked, false);
    assert.equal(outcome.saved, true);
    assert.equal((await getUpdateView(ctx, BERLIN)).request?.failure?.step, "check");
    await checkUpdate(ctx, BERLIN);
    assert.equal((await getUpdateView(ctx, BERLIN)).request?.failure, null);
  });

  it("a step reuses what the last one kept, and reads Twilio once anything else wrote", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await getUpdateView(ctx, BERLIN); // keeps Twilio's view on the row
    await dal.control.clearStats();
    await getUpdateView(ctx, BERLIN);
    assert.equal((await ops())["FetchBundle"] ?? 0, 0, "nothing changed: no read");
    // Another writer (a callback, another tab) changes the row: the kept view no longer counts.
    const row = await open(BERLIN);
    await saveChanges(row, { snapshot: null });
    await getUpdateView(ctx, BERLIN);
    assert.ok(((await ops())["FetchBundle"] ?? 0) >= 1, "read again");
    // Too old to stand for Twilio, even untouched.
    const db = await getDb();
    const kept = (await open(BERLIN)).snapshot as { readAt: string };
    await db
      .update(updateRequests)
      .set({ snapshot: { ...kept, readAt: new Date(Date.now() - 10 * 60_000).toISOString() } })
      .where(eq(updateRequests.id, row.id));
    await dal.control.clearStats();
    await getUpdateView(ctx, BERLIN);
    assert.ok(((await ops())["FetchBundle"] ?? 0) >= 1, "an old view is read again");
  });

  it("an address made elsewhere moments ago is found, not refused (the address cache's miss path)", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await groupsOf(ctx, DUBLIN); // caches the account's addresses
    const made = await fetch(`${dal.emulator.url}/2010-04-01/Accounts/${ACME.sid}/Addresses.json`, {
      method: "POST",
      headers: {
        authorization: `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({
        CustomerName: "Acme Logistics GmbH",
        Street: "Hafenstraße 1",
        City: "Hamburg",
        Region: "HH",
        PostalCode: "20457",
        IsoCountry: "DE",
      }).toString(),
    });
    const address = (await made.json()) as { sid: string };
    // Berlin's representative's ID still needs an address: name the one just made elsewhere.
    const { form } = await groupsOf(ctx);
    const id = form.groups.find((g) => g.id.startsWith("new_document:"));
    assert.ok(id, "Berlin's ID section is still open");
    const outcome = await saveGroup(ctx, {
      originalSid: BERLIN,
      groupId: id.id,
      values: {
        type: "government_issued_document",
        first_name: "Greta",
        last_name: "Hoffmann",
        address_sids: [address.sid],
      },
      file: pngFile(),
    });
    assert.equal(outcome.saved, true, JSON.stringify(outcome));
  });

  it("a lease admits one step at a time and expires by itself", async () => {
    const row = await open(BERLIN);
    assert.equal(await acquireLease(row.id, 60_000), true);
    assert.equal(await acquireLease(row.id), false);
    const ctx = await dal.contextFor("customer@demo.test");
    await assert.rejects(checkUpdate(ctx, BERLIN), { code: "busy:update_request" });
    await releaseLease(row.id);
    assert.equal(await acquireLease(row.id, -1), true, "an expired lease is taken over");
    assert.equal(await acquireLease(row.id), true);
    await releaseLease(row.id);
  });

  it("an event recorded on a stale row is applied to the current one (compare-and-set)", async () => {
    const stale = await open(BERLIN);
    const checkedAt = new Date();
    // Meanwhile another tab changes an item: every evaluation from before it no longer counts.
    const edit = await record(
      stale,
      { type: "item_changed", at: new Date(checkedAt.getTime() + 5) },
      null,
    );
    assert.equal(edit.moved, true);
    // The slower step records a compliant evaluation it started before that edit, on its old row.
    const late = await record(
      stale,
      { type: "evaluated", status: "compliant", failedCount: 0, at: checkedAt },
      null,
    );
    assert.equal(late.moved, false, "re-applied to the current row, where it is stale");
    const now = await open(BERLIN);
    assert.notEqual(now.phase, "ready", "an edit made after the check is never 'ready'");
    assert.equal(now.itemsChangedAt?.getTime(), edit.row.itemsChangedAt?.getTime());
  });

  it("an original read before the last replace never stands in for it", async () => {
    const { fetchOriginal, recentOriginal } =
      await import("@/lib/dal/update-requests/original-reads");
    await fetchOriginal(ACME.sid, PARIS);
    assert.ok(recentOriginal(ACME.sid, PARIS, null), "a moment-old read counts");
    const replacedAfter = new Date(Date.now() + 1);
    assert.equal(recentOriginal(ACME.sid, PARIS, replacedAfter), null);
    assert.equal(recentOriginal(BISTRO_SID, PARIS, null), null, "nor for another account");
  });

  it("a genuine rejection from the first review, replayed in the second, changes nothing", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await fixBerlin(ctx);
    assert.deepEqual(await checkUpdate(ctx, BERLIN), { compliant: true });
    await submitUpdate(ctx, BERLIN);
    const copySid = (await open(BERLIN)).copySid!;
    // Round 1 ends in a rejection; its callback is what an attacker captures.
    await dal.control.review(copySid, "reject", ["The ID document has expired"]);
    await eventually(async () => (await open(BERLIN)).phase === "rejected", "the rejection");
    const captured = {
      accountSid: ACME.sid,
      bundleSid: copySid,
      status: "twilio-rejected",
      failureReason: "The ID document has expired",
    };
    // Round 2: the customer fixes the document and resubmits.
    const view = await getUpdateView(ctx, BERLIN);
    const rejected = view.fix!.form.groups[0]!;
    await saveGroup(ctx, {
      originalSid: BERLIN,
      groupId: rejected.id,
      values: Object.fromEntries(rejected.fields.map((f) => [f.name, f.value])),
      file: pngFile("excerpt-2026.png"),
    });
    await submitUpdate(ctx, BERLIN);
    const row = await open(BERLIN);
    assert.equal(row.phase, "submitted");
    assert.equal(row.reviewRound, 2);
    const before = (await eventsOf(row.id)).length;
    const { processStatusCallback } = await import("@/lib/dal/update-requests");
    assert.equal(await processStatusCallback(captured), "ignored");
    assert.equal((await open(BERLIN)).phase, "submitted");
    assert.equal((await eventsOf(row.id)).length, before, "no false timeline entry");
  });
});
