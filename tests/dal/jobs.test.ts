/**
 * The portal acting on its own (issue 12): background jobs finish, reconcile and sweep with no
 * browser; the console reads the Bundle index. On PGlite and on Postgres, with the emulator
 * in-process and the workers in this process (as the app's server runs them).
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startUpdate, submitUpdate } from "@/lib/dal/update-requests";
import { sweepAccount } from "@/lib/dal/bundle-index";
import { getDb } from "@/lib/db";
import { accounts, bundleEvents } from "@/lib/db/schema";
import { loadConsole } from "@/lib/support/console";
import { countBundles } from "@/lib/support/console-rows";
import { eq } from "drizzle-orm";
import { seededSid } from "@portal/twilio-emulator/demo";
import { ACME, BERLIN, startDal, type Dal } from "./harness";
import { findOpenRequestByOriginal, requestsOf } from "./db";
import { eventually, fixBerlin } from "./flow";

const LONDON = seededSid("BU", "acme-london");

describe("background jobs", () => {
  let dal: Dal;
  before(async () => {
    // The scheduler ticks every second and reconciles anything untouched for 1.2 s.
    dal = await startDal({
      env: { JOBS_SCHEDULER: "true", JOBS_TICK_SECONDS: "1", RECONCILE_AFTER_MINUTES: "0.02" },
    });
  });
  after(() => dal.close());

  const acmeId = async () => {
    const db = await getDb();
    const [row] = await db
      .select({ id: accounts.id })
      .from(accounts)
      .where(eq(accounts.twilioSubaccountSid, ACME.sid));
    return row!.id;
  };
  const staff = {
    user: { id: "", email: "support@demo.test", name: "Sam Support", role: "support" as const },
    account: null,
    accounts: [],
    impersonation: null,
    origin: { ip: null, userAgent: "dal-tests" },
  };
  before(async () => {
    const { users } = await import("@/lib/db/schema");
    const db = await getDb();
    const [sam] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, "support@demo.test"));
    staff.user.id = sam!.id;
  });

  it("with callbacks turned off, an approved copy still finishes within the reconcile interval, no browser involved", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await startUpdate(ctx, BERLIN);
    await fixBerlin(ctx);
    await submitUpdate(ctx, BERLIN);
    await dal.control.setCallbacksEnabled(false);
    await dal.control.clearStats();
    const copySid = (await findOpenRequestByOriginal(BERLIN))!.copySid!;
    await dal.control.review(copySid, "approve");
    await eventually(
      async () => (await requestsOf(BERLIN)).every((r) => r.phase === "done"),
      "the finish",
      20_000,
    );
    const ops = (await dal.control.stats()).accounts[ACME.sid]?.operations ?? {};
    assert.equal(ops["CreateReplaceItems"], 1);
    assert.equal(ops["DeleteBundle"], 1);
    const original = await dal.twilio<{ valid_until: string | null }>(
      `/v2/RegulatoryCompliance/Bundles/${BERLIN}`,
    );
    assert.equal(original.body.valid_until, null);
    // The index knows at once: Berlin no longer needs action (the worklist and reminders read it).
    const db = await getDb();
    const { bundleIndex } = await import("@/lib/db/schema");
    const [indexed] = await db.select().from(bundleIndex).where(eq(bundleIndex.sid, BERLIN));
    assert.equal(indexed?.validUntil, null);
    assert.equal(indexed?.needsAction, false);
    await dal.control.setCallbacksEnabled(true);
  });

  it("a regulation change shows in the console's counts after one sweep, its event recorded once even if the sweep runs twice", async () => {
    const accountId = await acmeId();
    await sweepAccount(accountId);
    const row = async () => (await loadConsole(staff, { q: ACME.sid })).rows[0]!;
    const before = (await row()).counts!;
    await dal.control.regulationChange({ isoCountry: "GB", graceDays: 20, addRequirement: false });
    await sweepAccount(accountId);
    await sweepAccount(accountId);
    const after = (await row()).counts!;
    assert.equal(after.within30, before.within30 + 1, JSON.stringify({ before, after }));
    const db = await getDb();
    const events = await db.select().from(bundleEvents).where(eq(bundleEvents.bundleSid, LONDON));
    assert.deepEqual(
      events.map((e) => e.kind),
      ["deadline_set"],
    );
    assert.ok((await row()).loadedAt, "the console says as of when");
  });

  it("the console's counts from the index are countBundles' rule, bucket by bucket", async () => {
    const accountId = await acmeId();
    const db = await getDb();
    const { bundleIndex } = await import("@/lib/db/schema");
    const rows = await db.select().from(bundleIndex).where(eq(bundleIndex.accountId, accountId));
    const now = new Date();
    const { countIndexedBundles } = await import("@/lib/support/console");
    const sql = (await countIndexedBundles(now, [accountId])).get(accountId)!.counts;
    const js = countBundles(
      rows
        .filter((r) => !r.goneAt)
        .map((r) => ({ sid: r.sid, status: r.status as never, validUntil: r.validUntil })),
      now,
    );
    assert.deepEqual(sql, js);
    assert.ok(js.total > 5 && js.within30 > 0, "a meaningful sample");
  });

  it("an account whose sweep fails is on Needs attention with the error, and a retry clears it", async () => {
    const accountId = await acmeId();
    await dal.control.injectFaults({ status: 503, count: 50, operation: "ListBundle" });
    await assert.rejects(sweepAccount(accountId));
    const { listNeedsAttention, retrySweep } = await import("@/lib/support/attention");
    const listed = (await listNeedsAttention(staff)).sweeps.find((s) => s.accountId === accountId);
    assert.ok(
      listed && listed.failures >= 1 && /unavailable|Twilio/i.test(listed.error ?? ""),
      JSON.stringify(listed),
    );
    await dal.control.clearFaults();
    await retrySweep(staff, accountId);
    await eventually(
      async () => !(await listNeedsAttention(staff)).sweeps.some((s) => s.accountId === accountId),
      "the retried sweep to succeed",
      15_000,
    );
  });
});
