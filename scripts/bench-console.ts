/**
 * Support console benchmark (not a test), issue 12: the console's server time reading the Bundle
 * index, cold (first read in this process) and warm, and the sweep that fills the index: every
 * account's Bundles listed from Twilio through the real gateway, with a fixed latency per Twilio
 * request standing in for the round trip, at bounded concurrency (as the sweep workers run).
 * Run: npm run bench:console [-- accounts=1000 bundles=20 latencyMs=150 concurrency=16]
 *      (add callbacks=1 to measure a first sweep that also sets every Bundle's StatusCallback)
 */
import { performance } from "node:perf_hooks";
import { startEmulator } from "@portal/twilio-emulator";
import { EmulatorControl } from "@portal/twilio-emulator/control";
import { DEMO_PARENT } from "@portal/twilio-emulator/demo";

const arg = (name: string, fallback: number) =>
  Number(process.argv.find((a) => a.startsWith(`${name}=`))?.split("=")[1] ?? fallback);
const accounts = arg("accounts", 1000);
const perAccount = arg("bundles", 20);
const latencyMs = arg("latencyMs", 150);
const concurrency = arg("concurrency", 16);
const ensureCallbacks = arg("callbacks", 0) === 1;

const emulator = await startEmulator();
const control = new EmulatorControl(emulator.url);
const now = Date.now();
const subs: string[] = [];
for (let i = 0; i < accounts; i++) {
  const sid = `AC${(0xbe0000 + i).toString(16).padStart(32, "0")}`;
  emulator.store.accounts.put({
    sid,
    friendly_name: `Bench customer ${i + 1}`,
    auth_token: `${i.toString(16).padStart(32, "0")}`,
    owner_account_sid: DEMO_PARENT.sid,
    status: "active",
    type: "Full",
    date_created: now,
    date_updated: now,
  });
  await control.generateBundles({ accountSid: sid, count: perAccount, expiringShare: 0.3 });
  subs.push(sid);
}

Object.assign(process.env, {
  AUTH_SECRET: "bench-console-secret-not-for-production",
  TWILIO_ACCOUNT_SID: DEMO_PARENT.sid,
  TWILIO_AUTH_TOKEN: DEMO_PARENT.authToken,
  TWILIO_EMULATOR_URL: emulator.url,
  PUBLIC_BASE_URL: "http://127.0.0.1:9",
  PGLITE_DIR: "memory://",
  DATABASE_URL: process.env.BENCH_DATABASE_URL ?? "",
  ENSURE_STATUS_CALLBACKS: ensureCallbacks ? "true" : "false",
});
const { getDb } = await import("@/lib/db");
const { accounts: accountsTable } = await import("@/lib/db/schema");
const { sweepAccount } = await import("@/lib/dal/bundle-index");
const { loadConsole } = await import("@/lib/support/console");
const { default: pMap } = await import("p-map");

const db = await getDb();
const ids = (
  await db
    .insert(accountsTable)
    .values(subs.map((sid, i) => ({ name: `Bench customer ${i + 1}`, twilioSubaccountSid: sid })))
    .returning({ id: accountsTable.id })
).map((r) => r.id);

await control.injectFaults({ latencyMs });
await control.clearStats();
const sweepStart = performance.now();
await pMap(ids, (id) => sweepAccount(id), { concurrency });
const sweepSeconds = (performance.now() - sweepStart) / 1000;
const twilioRequests = (await control.stats()).total;
await control.clearFaults();

const staff = {
  user: { id: "bench", email: "support@bench.test", name: "Bench", role: "support" as const },
  account: null,
  accounts: [],
  impersonation: null,
  origin: { ip: null, userAgent: "bench" },
};
const time = async () => {
  const t = performance.now();
  const view = await loadConsole(staff, {});
  return { ms: performance.now() - t, view };
};
const cold = await time();
const warm = [await time(), await time(), await time()].map((r) => r.ms).sort((a, b) => a - b)[1]!;

console.log(`\nSupport console from the Bundle index: ${accounts} accounts × ${perAccount} Bundles`);
console.log(`  database: ${process.env.BENCH_DATABASE_URL ? "Postgres" : "PGlite (embedded)"}`);
console.log(`  console, cold: ${cold.ms.toFixed(0)} ms   (target < 2000)`);
console.log(`  console, warm: ${warm.toFixed(0)} ms   (target < 200, median of 3)`);
console.log(`  rows on page 1: ${cold.view.rows.length} of ${cold.view.total} accounts`);
console.log(
  `\nSweep of every account (${latencyMs} ms per Twilio request, ${concurrency} at a time${ensureCallbacks ? ", setting every StatusCallback" : ""}):`,
);
console.log(`  ${sweepSeconds.toFixed(1)} s for ${twilioRequests} Twilio requests`);
await emulator.close();
process.exit(0);
