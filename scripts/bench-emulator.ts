/**
 * Emulator benchmark (not a test): p50/p99 latency of list, fetch, copy and evaluate, and
 * requests per second, with 10,000 bundles loaded in one account. Run: npm run bench:emulator
 */
import { startEmulator } from "@portal/twilio-emulator";
import { DEMO_SUBACCOUNTS } from "@portal/twilio-emulator/demo";

const ACME = DEMO_SUBACCOUNTS[0]!;
const auth = `Basic ${Buffer.from(`${ACME.sid}:${ACME.authToken}`).toString("base64")}`;
const emulator = await startEmulator();
const url = (p: string) => `${emulator.url}/v2/RegulatoryCompliance${p}`;

await fetch(`${emulator.url}/_emulator/bundles/generate`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ accountSid: ACME.sid, count: 10_000 }),
});

async function time(name: string, n: number, fn: (i: number) => Promise<Response>) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fn(i);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  const q = (p: number) =>
    samples[Math.min(samples.length - 1, Math.floor(p * samples.length))]!.toFixed(2);
  console.log(`${name.padEnd(36)} n=${String(n).padStart(4)}  p50=${q(0.5)} ms  p99=${q(0.99)} ms`);
}

const get = (p: string) => fetch(url(p), { headers: { authorization: auth } });
const post = (p: string, body = "") =>
  fetch(url(p), {
    method: "POST",
    headers: { authorization: auth, "content-type": "application/x-www-form-urlencoded" },
    body,
  });
const list = (await (
  await get(
    "/Bundles?Status=twilio-approved&HasValidUntilDate=true&SortBy=valid-until&SortDirection=ASC&PageSize=50",
  )
).json()) as { results: Array<{ sid: string }> };
const approved = list.results.map((b) => b.sid);
const seeded = (
  (await (
    await get("/Bundles?FriendlyName=" + encodeURIComponent("Acme Logistics – Berlin numbers"))
  ).json()) as { results: Array<{ sid: string }> }
).results[0]!.sid;

console.log(
  `Emulator benchmark: ${10_000 + 8} bundles in one account, sequential requests over loopback`,
);
await time("list (default order, 50/page)", 300, () => get("/Bundles?PageSize=50"));
await time("list (valid-until ASC, filtered)", 300, () =>
  get("/Bundles?HasValidUntilDate=true&SortBy=valid-until&SortDirection=ASC&PageSize=50"),
);
await time("list (page 20 via Page=)", 200, () => get("/Bundles?PageSize=50&Page=20"));
await time("fetch bundle", 500, (i) => get(`/Bundles/${approved[i % approved.length]}`));
await time("create copy", 200, (i) => post(`/Bundles/${approved[i % approved.length]}/Copies`));
await time("evaluate (seeded bundle with items)", 300, () =>
  post(`/Bundles/${seeded}/Evaluations`),
);

const concurrency = 8;
const total = 2000;
let done = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (done < total) {
      done++;
      await (await get(`/Bundles/${approved[done % approved.length]}`)).arrayBuffer();
    }
  }),
);
console.log(
  `throughput (fetch, ${concurrency} concurrent)          ${(total / ((performance.now() - started) / 1000)).toFixed(0)} requests/s`,
);
await emulator.close();
