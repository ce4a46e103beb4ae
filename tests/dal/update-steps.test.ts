/**
 * Each step of the update request below the browser (issue 11): start (new, adopted, after a
 * crash), save, check, submit, cancel and a rejection round, with Twilio's side as the oracle.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  cancelUpdate,
  checkUpdate,
  getUpdateView,
  saveGroup,
  startUpdate,
  submitUpdate,
} from "@/lib/dal/update-requests";
import { AppError } from "@/lib/errors";
import { seededSid } from "@portal/twilio-emulator/demo";
import { ACME, BERLIN, BISTRO, startDal, type Dal } from "./harness";
import { eventsOf, findOpenRequestByOriginal, requestsOf } from "./db";
import { eventually, fixBerlin, groupsOf, pngFile } from "./flow";
import { pdfOfSize } from "@/e2e/support/files";

const PARIS = seededSid("BU", "acme-paris");
const DUBLIN = seededSid("BU", "acme-dublin");
const LYON = seededSid("BU", "bistro-lyon");
const LYON_COPY = seededSid("BU", "bistro-lyon-copy");

type Copies = { results: Array<{ sid: string; status: string }> };

describe("the update request's steps", () => {
  let dal: Dal;
  const ops = async (sid = ACME.sid) => (await dal.control.stats()).accounts[sid]?.operations ?? {};
  const copiesOf = async (sid: string, account = ACME) =>
    (await dal.twilio<Copies>(`/v2/RegulatoryCompliance/Bundles/${sid}/Copies`, account)).body
      .results;

  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("start makes one copy, points its status callback at the portal and evaluates it", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await dal.control.clearStats();
    const [a, b] = await Promise.all([startUpdate(ctx, BERLIN), startUpdate(ctx, BERLIN)]);
    assert.equal(a.row.id, b.row.id);
    assert.equal((await ops())["CreateBundleCopy"], 1);
    const [copy] = await copiesOf(BERLIN);
    const fetched = await dal.twilio<{ status_callback: string }>(
      `/v2/RegulatoryCompliance/Bundles/${copy!.sid}`,
    );
    assert.equal(fetched.body.status_callback, `${dal.baseUrl}/api/twilio/status-callback`);
    const row = await eventually(async () => {
      const r = await findOpenRequestByOriginal(BERLIN);
      return r?.lastEvaluation ? r : null;
    }, "the first evaluation");
    assert.equal(row.phase, "fixing");
    assert.equal(row.copySid, copy!.sid);
  });

  it("start adopts a copy Twilio already has instead of making a second (an earlier attempt's)", async () => {
    const ctx = await dal.contextFor("multi@demo.test", BISTRO.sid);
    await dal.control.clearStats();
    const { row } = await startUpdate(ctx, LYON);
    assert.equal(row.copySid ?? (await findOpenRequestByOriginal(LYON))?.copySid, LYON_COPY);
    assert.equal((await ops(BISTRO.sid))["CreateBundleCopy"] ?? 0, 0);
    assert.equal((await copiesOf(LYON, BISTRO)).length, 1);
  });

  it("start after a crash between Twilio's copy and our record adopts that copy", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    // The crash: Twilio made the copy, the portal never recorded it (no request row exists).
    const made = await fetch(
      `${dal.emulator.url}/v2/RegulatoryCompliance/Bundles/${PARIS}/Copies`,
      {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: "",
      },
    );
    const orphan = (await made.json()) as { sid: string };
    await dal.control.clearStats();
    await startUpdate(ctx, PARIS);
    assert.equal((await findOpenRequestByOriginal(PARIS))?.copySid, orphan.sid);
    assert.equal((await ops())["CreateBundleCopy"] ?? 0, 0);
    assert.equal((await copiesOf(PARIS)).length, 1);
  });

  it("start refuses another account's Bundle as not found, and one without a deadline", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await assert.rejects(
      startUpdate(ctx, LYON),
      (e) => e instanceof AppError && e.code === "not_found:bundle",
    );
    const london = seededSid("BU", "acme-london");
    await assert.rejects(
      startUpdate(ctx, london),
      (e) => e instanceof AppError && e.code === "conflict:update_request",
    );
    assert.deepEqual(
      await requestsOf(LYON).then((r) =>
        r.filter((x) => x.accountId !== undefined && x.createdBy === ctx.user.id),
      ),
      [],
    );
  });

  it("a save with bad values says which fields and writes nothing to Twilio", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    const { form } = await groupsOf(ctx);
    const excerpt = form.groups.find((g) => g.id.startsWith("document:"))!;
    await dal.control.clearStats();
    const outcome = await saveGroup(ctx, {
      originalSid: BERLIN,
      groupId: excerpt.id,
      values: {
        business_registration_number: "",
        business_name: "x".repeat(500),
        address_sids: ["AD" + "0".repeat(32)],
      },
    });
    assert.equal(outcome.saved, false);
    assert.deepEqual(Object.keys(outcome.saved ? {} : outcome.fieldErrors).sort(), [
      "address_sids",
      "business_name",
      "business_registration_number",
    ]);
    const writes = Object.keys(await ops()).filter((op) => /^(Create|Update|Delete)/.test(op));
    assert.deepEqual(writes, []);
  });

  it("submit is refused until the copy passes; after the fixes it submits once", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await assert.rejects(
      submitUpdate(ctx, BERLIN),
      (e) => e instanceof AppError && e.code === "conflict:update_request",
    );
    await fixBerlin(ctx);
    assert.deepEqual(await checkUpdate(ctx, BERLIN), { compliant: true });
    assert.deepEqual(await submitUpdate(ctx, BERLIN), { alreadySubmitted: false });
    assert.deepEqual(await submitUpdate(ctx, BERLIN), { alreadySubmitted: true });
    const [copy] = await copiesOf(BERLIN);
    assert.equal(copy?.status, "pending-review");
  });

  it("a rejection shows the reviewer's reason; fixed and resubmitted it goes back to review", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    const copySid = (await findOpenRequestByOriginal(BERLIN))!.copySid!;
    await dal.control.review(copySid, "reject", ["The ID document has expired"]);
    await eventually(
      async () => (await findOpenRequestByOriginal(BERLIN))?.phase === "rejected",
      "the rejection",
    );
    const view = await getUpdateView(ctx, BERLIN);
    // The reviewer's reason lands on a document, which now needs a new file; it is said there
    // and not again in the status.
    const [rejected] = view.fix!.form.groups;
    assert.match(rejected?.rejection?.reason ?? "", /expired/);
    assert.doesNotMatch(view.request!.description.detail, /expired/);
    assert.ok(rejected?.needsFile, "the rejected document asks for a new file");
    const values = Object.fromEntries(rejected.fields.map((f) => [f.name, f.value]));
    const pdf = pdfOfSize(50_000);
    const saved = await saveGroup(ctx, {
      originalSid: BERLIN,
      groupId: rejected.id,
      values,
      file: new File([new Uint8Array(pdf.buffer)], pdf.name, { type: pdf.mimeType }),
    });
    assert.equal(saved.saved && saved.compliant, true, JSON.stringify(saved));
    assert.deepEqual(await submitUpdate(ctx, BERLIN), { alreadySubmitted: false });
    const events = (await eventsOf((await findOpenRequestByOriginal(BERLIN))!.id)).map(
      (e) => e.type,
    );
    assert.equal(events.filter((t) => t === "submitted").length, 2);
  });

  it("cancel deletes the draft copy; starting again makes a new one", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await startUpdate(ctx, DUBLIN);
    const first = (await findOpenRequestByOriginal(DUBLIN))!.copySid!;
    await cancelUpdate(ctx, DUBLIN);
    assert.equal(await findOpenRequestByOriginal(DUBLIN), null);
    const gone = await dal.twilio(`/v2/RegulatoryCompliance/Bundles/${first}`);
    assert.equal(gone.status, 404);
    await startUpdate(ctx, DUBLIN);
    const second = (await findOpenRequestByOriginal(DUBLIN))!.copySid!;
    assert.notEqual(second, first);
    assert.equal((await copiesOf(DUBLIN)).length, 1);
  });

  it("two saves at once: one runs, the other is told to wait, nothing is lost", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    const { form } = await groupsOf(ctx, DUBLIN);
    const group = form.groups[0]!;
    const save = () =>
      saveGroup(ctx, {
        originalSid: DUBLIN,
        groupId: group.id,
        values: { type: group.documentTypes[0]?.type, business_registration_number: "IE123456" },
        file: pngFile("certificate.png"),
      });
    // Twilio answers the first save's upload slowly, so the second arrives while it runs.
    await dal.control.injectFaults({ latencyMs: 500, operation: "CreateSupportingDocument" });
    const first = save();
    await new Promise((r) => setTimeout(r, 100));
    await assert.rejects(save(), (e) => e instanceof AppError && e.code === "busy:update_request");
    const done = await first;
    assert.equal(done.saved, true, JSON.stringify(done));
    await dal.control.clearFaults();
    const copySid = (await findOpenRequestByOriginal(DUBLIN))!.copySid!;
    const items = await dal.twilio<{ results: Array<{ object_sid: string }> }>(
      `/v2/RegulatoryCompliance/Bundles/${copySid}/ItemAssignments`,
    );
    assert.ok(
      done.saved && items.body.results.some((a) => a.object_sid === done.itemSid),
      "the first save's document is on the copy",
    );
  });
});
