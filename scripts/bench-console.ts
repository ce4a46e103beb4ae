/**
 * Support console benchmark (not a test): how long the console's Twilio part takes for N
 * accounts — one Bundle listing per account through the real gateway (lib/twilio), bounded
 * concurrency, then counting and urgency sorting — cold (nothing cached) and warm (the 60 s
 * cache). The emulator adds a fixed latency per request to stand in for Twilio's round trip.
 * Run: npx tsx scripts/bench-console.ts [accounts=300] [bundlesPerAccount=40] [latencyMs=150]
 */
import { startEmulator } from "@portal/twilio-emulator";
import { DEMO_PARENT } from "@portal/twilio-emulator/demo";

const [accounts = 300, perAccount = 40, latencyMs = 150] = process.argv.slice(2).map(Number);
const emulator = await startEmulator();
const control = (path: string, body: unknown) =>
  fetch(`${emulator.url}/_emulator/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

const now = Date.now();
const sids: string[] = [];
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
  await control("bundles/generate", { accountSid: sid, count: perAccount, expiringShare: 0.3 });
  sids.push(sid);
}

Object.assign(process.env, {
  TWILIO_ACCOUNT_SID: DEMO_PARENT.sid,
  TWILIO_AUTH_TOKEN: DEMO_PARENT.authToken,
  TWILIO_EMULATOR_URL: emulator.url,
});
const { CONSOLE_CONCURRENCY, getAccountBundles, forgetAccountBundles } =
  await import("@/lib/support/account-bundles");
const { default: pMap } = await import("p-map");
const { compareUrgency, countBundles } = await import("@/lib/support/console-rows");

await control("faults", { latencyMs });
await fetch(`${emulator.url}/_emulator/stats`, { method: "DELETE" });

async function load() {
  const t = performance.now();
  const rows = await pMap(
    sids,
    async (sid) => {
      const bundles = await getAccountBundles(sid);
      return {
        id: sid,
        name: sid,
        subaccountSid: sid,
        emails: [],
        staffAccount: false,
        counts: countBundles(bundles.bundles, new Date()),
        error: null,
        complete: bundles.complete,
        loadedAt: bundles.loadedAt,
      };
    },
    { concurrency: CONSOLE_CONCURRENCY },
  );
  rows.sort(compareUrgency);
  return performance.now() - t;
}

const cold = await load(); // includes each subaccount's token lookup (cached 10 min by the gateway)
const warm = await load();
forgetAccountBundles();
const refreshed = await load(); // the console's Refresh: tokens cached, listings re-read
const stats = (await (await fetch(`${emulator.url}/_emulator/stats`)).json()) as {
  accounts: Record<string, { total: number }>;
};
const requests = Object.values(stats.accounts).reduce((n, a) => n + a.total, 0);
console.log(
  `${accounts} accounts × ${perAccount} Bundles, ${latencyMs} ms per Twilio request, concurrency ${CONSOLE_CONCURRENCY}`,
);
console.log(`cold (token + listing per account): ${(cold / 1000).toFixed(2)} s`);
console.log(`warm (60 s cache):                  ${warm.toFixed(1)} ms`);
console.log(`after Refresh (listings only):      ${(refreshed / 1000).toFixed(2)} s`);
console.log(`Twilio requests in all: ${requests}`);
await emulator.close();
