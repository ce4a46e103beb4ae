/**
 * Worklist benchmark (not a test): the server time of one /bundles page against the time of its
 * own Twilio calls. Target: the worklist adds under 20% to its Twilio time.
 *
 * Runs the page's own data code (lib/worklist/loader.ts with the real gateway modules and the
 * real update-request query) against the emulator holding 2,000 Bundles and 3,000 phone numbers
 * in one subaccount, with open update requests for every tenth Bundle. The emulator runs in this
 * process on a worker thread, so its work does not queue behind the page's, as with real Twilio.
 * Each page load is paired with a replay of exactly the Twilio calls it made (same gateway
 * functions, same arguments, issued together as the page issues them): "Twilio alone". The
 * overhead is what the worklist adds on top: the database query, caches, assembling rows.
 * Twilio time includes the SDK and the conversion to the app's types.
 * Databases: a throwaway Postgres when installed (the production setup), then embedded PGlite
 * (the demo setup; its queries run on the server's own thread, so they cost more here).
 * Each is measured twice: against the bare emulator (a few ms per call, far below real Twilio, so
 * any fixed cost looks large), then with 100 ms added to each Twilio request (the emulator's
 * latency fault), closer to what the page waits for in production.
 * Run: npm run bench:worklist   (BENCH_ITERATIONS=… to change the sample size)
 */
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { startEmulator } from "@portal/twilio-emulator";
import { DEMO_PARENT, DEMO_SUBACCOUNTS } from "@portal/twilio-emulator/demo";
import { newSid } from "@portal/twilio-emulator/fixtures";
import { openDatabase, type Database } from "@/lib/db/client";
import { accounts, updateRequests } from "@/lib/db/schema";
import { PHASES } from "@/lib/workflow";
import type { WorklistGateway } from "@/lib/worklist/loader";
import { DEFAULT_WORKLIST_PARAMS, type WorklistParams } from "@/lib/worklist/params";
// @ts-expect-error -- a plain .mjs helper shared with scripts/test.mjs, without type declarations
import { startThrowawayPostgres } from "./throwaway-postgres.mjs";

const BUNDLES = 2_000;
const NUMBERS = 3_000;
const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 150);
const LATENCY_MS = 100;
const LATENCY_ITERATIONS = Math.min(ITERATIONS, 40);
const WARMUP = 10;
const ACCOUNT = DEMO_SUBACCOUNTS[3]!; // Nordic Fjord: two seeded Bundles, no portal users

// ── Twilio: the emulator on its own thread (as Twilio is elsewhere), with bulk Bundles and
// phone numbers spread over them. Its thread posts its URL and the Bundle SIDs. ─────────────
async function serveTwilio() {
  const emulator = await startEmulator({ port: 0, reset: true, statePath: null });
  await fetch(`${emulator.url}/_emulator/bundles/generate`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ accountSid: ACCOUNT.sid, count: BUNDLES, expiringShare: 0.3 }),
  });
  const sids = emulator.store.bundles.by(ACCOUNT.sid).map((b) => b.sid);
  const now = Date.now();
  for (let i = 0; i < NUMBERS; i++) {
    emulator.store.phoneNumbers.put({
      sid: newSid("PN"),
      account_sid: ACCOUNT.sid,
      phone_number: `+4930${String(1_000_000 + i)}`,
      friendly_name: `Bench ${i}`,
      iso_country: "DE",
      type: "local",
      bundle_sid: sids[(i * 7) % sids.length]!,
      address_sid: null,
      address_requirements: "none",
      date_created: now,
      date_updated: now,
    });
  }
  emulator.store.touch(ACCOUNT.sid);
  parentPort!.postMessage({ url: emulator.url, sids });
}

async function startTwilioThread(): Promise<{ worker: Worker; url: string; sids: string[] }> {
  // Workers don't inherit tsx's loader: register it first, then load this file in the worker.
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};
register();
await import(${JSON.stringify(import.meta.url)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
  return new Promise((resolve, reject) => {
    worker.once("error", reject);
    worker.once("message", (m: { url: string; sids: string[] }) => resolve({ worker, ...m }));
  });
}

/** The account and open update requests (every phase but done/cancelled) for every tenth Bundle. */
async function seedDatabase(db: Database, bundleSids: string[]): Promise<string> {
  const [account] = await db
    .insert(accounts)
    .values({ name: ACCOUNT.friendlyName, twilioSubaccountSid: ACCOUNT.sid })
    .returning();
  const open = PHASES.filter((p) => p !== "done" && p !== "cancelled");
  await db.insert(updateRequests).values(
    bundleSids
      .filter((_, i) => i % 10 === 0)
      .map((sid, i) => ({
        accountId: account!.id,
        originalSid: sid,
        copySid: newSid("BU"),
        phase: open[i % open.length]!,
      })),
  );
  return account!.id;
}

// ── The page's code; every gateway call is recorded so it can be replayed on its own ────────
let calls: Array<() => Promise<unknown>> = [];
function recorded<A extends unknown[], R>(fn: (...args: A) => Promise<R>) {
  return (...args: A): Promise<R> => {
    calls.push(() => fn(...args));
    return fn(...args);
  };
}

/** Imported only once the environment points the gateway at the emulator. */
async function loadPageCode() {
  const gw = {
    ...(await import("@/lib/twilio/list-bundles")),
    ...(await import("@/lib/twilio/list-phone-numbers")),
    ...(await import("@/lib/twilio/list-regulations")),
    ...(await import("@/lib/twilio/fetch-regulation")),
  };
  const gateway: WorklistGateway = {
    listBundles: recorded(gw.listBundles),
    listPhoneNumbers: recorded(gw.listPhoneNumbers),
    listRegulations: recorded(gw.listRegulations),
    fetchRegulation: recorded(gw.fetchRegulation),
  };
  return {
    gateway,
    ...(await import("@/lib/twilio/clients")),
    ...(await import("@/lib/worklist/loader")),
    ...(await import("@/lib/worklist/open-requests")),
  };
}
type PageCode = Awaited<ReturnType<typeof loadPageCode>>;

const quantile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
};
const params = (over: Partial<WorklistParams>): WorklistParams => ({
  ...DEFAULT_WORKLIST_PARAMS,
  ...over,
});

/** The database's rows, a loader over it (its own caches) and a cursor of a later page. */
async function prepare(code: PageCode, bundleSids: string[], db: Database) {
  const accountId = await seedDatabase(db, bundleSids);
  const loader = code.createWorklistLoader({
    gateway: code.gateway,
    openRequests: (scope, sids) => code.queryOpenUpdateRequests(db, scope.accountId, sids),
  });
  const scope = { accountId, subaccountSid: ACCOUNT.sid };
  let cursor: string | null = null;
  for (let i = 0; i < 5; i++) {
    const r = await loader.load(scope, params({ cursor }));
    if (r.kind !== "page" || !r.nextCursor) break;
    cursor = r.nextCursor;
  }
  return { code, loader, scope, cursor };
}

async function suite(
  label: string,
  setup: Awaited<ReturnType<typeof prepare>>,
  iterations: number,
) {
  const { code, loader, scope, cursor } = setup;

  async function measure(name: string, view: WorklistParams, cold = false) {
    const page: number[] = [];
    const twilio: number[] = [];
    let callCount = 0;
    const coldStart = () => {
      if (!cold) return;
      loader.lookups.clear();
      code.forgetAuthToken(ACCOUNT.sid);
    };
    for (let i = 0; i < WARMUP + iterations; i++) {
      coldStart();
      calls = [];
      let start = performance.now();
      const result = await loader.load(scope, view);
      const pageMs = performance.now() - start;
      if (result.kind !== "page" || result.rows.length === 0) throw new Error(`${name}: no rows`);
      // The same Twilio calls on their own, issued together as the page issues them.
      const replay = calls;
      coldStart();
      start = performance.now();
      await Promise.all(replay.map((call) => call()));
      const twilioMs = performance.now() - start;
      if (i < WARMUP) continue;
      page.push(pageMs);
      twilio.push(twilioMs);
      callCount = replay.length;
    }
    const at = (p: number) => {
      const a = quantile(page, p);
      const b = quantile(twilio, p);
      return { a, b, overhead: ((a - b) / b) * 100 };
    };
    const [p50, p95] = [at(0.5), at(0.95)];
    const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
    const pct = (v: number) => `${v.toFixed(1).padStart(5)} %`;
    console.log(
      `${name.padEnd(34)} ${ms(p50.a)} / ${ms(p95.a)}   ${ms(p50.b)} / ${ms(p95.b)}   ${pct(p50.overhead)} / ${pct(p95.overhead)}   ${callCount}`,
    );
    return p50.overhead;
  }

  console.log(`\n${label}, ${iterations} page loads per row`);
  console.log(
    `${"view".padEnd(34)} ${"worklist p50 / p95".padEnd(22)}   ${"Twilio alone p50 / p95".padEnd(22)}   ${"overhead p50 / p95".padEnd(17)}   calls`,
  );
  const overheads = [
    await measure("all, soonest deadline first", params({})),
    await measure("needs action", params({ needs: "action" })),
    await measure("status + country filter", params({ status: "twilio-approved", country: "DE" })),
    await measure("page 6 (cursor)", params({ cursor })),
    await measure("all, cold caches (numbers, regs)", params({}), true),
  ];
  const worst = Math.max(...overheads);
  console.log(
    `Worst p50 overhead: ${worst.toFixed(1)}% → target (< 20%) ${worst < 20 ? "met" : "NOT met"}`,
  );
}

async function main() {
  const twilio = await startTwilioThread();
  Object.assign(process.env, {
    TWILIO_ACCOUNT_SID: DEMO_PARENT.sid,
    TWILIO_AUTH_TOKEN: DEMO_PARENT.authToken,
    TWILIO_EMULATOR_URL: twilio.url,
  });
  const latency = (latencyMs: number) =>
    fetch(`${twilio.url}/_emulator/faults`, {
      method: latencyMs ? "POST" : "DELETE",
      headers: { "content-type": "application/json" },
      body: latencyMs ? JSON.stringify({ latencyMs }) : undefined,
    });
  const code = await loadPageCode();
  console.log(
    `Worklist benchmark: ${twilio.sids.length} Bundles and ${NUMBERS} numbers in one subaccount, ` +
      `${WARMUP} warm-up loads per row; emulator on its own thread`,
  );

  async function both(label: string, db: Database) {
    const setup = await prepare(code, twilio.sids, db);
    await suite(`${label} — emulator on loopback`, setup, ITERATIONS);
    // Real Twilio answers in tens to hundreds of milliseconds, not the emulator's few.
    await latency(LATENCY_MS);
    try {
      await suite(
        `${label} — ${LATENCY_MS} ms added to each Twilio request`,
        setup,
        LATENCY_ITERATIONS,
      );
    } finally {
      await latency(0);
    }
  }

  const pg = await startThrowawayPostgres();
  if (pg) {
    const handle = await openDatabase({ databaseUrl: pg.url, pgliteDir: "" });
    try {
      await both("Postgres (throwaway cluster)", handle.db);
    } finally {
      await handle.close();
      pg.stop();
    }
  } else {
    console.log("\n(No local PostgreSQL: Postgres rows skipped.)");
  }
  const lite = await openDatabase({ pgliteDir: "memory://" });
  await both("PGlite (embedded, in-memory)", lite.db);
  await lite.close();
  await twilio.worker.terminate();
}

if (isMainThread) await main();
else await serveTwilio();
