// Counts the Twilio requests of the whole update flow of the Berlin demo Bundle (start → fix →
// upload → new address → submit → approval → replace → delete), driven in Chromium by
// e2e/update-flow.spec.ts against the emulator, and reads the emulator's per-operation stats.
// Target (issues 5 and 11): no more than 20 requests, at both paces. Run after `next build`:
// npm run bench:update-flow. `-- --pace=35` waits 35 s before each step (start, the two saves,
// submit), as a person would: what a step keeps on the request's row stands for Twilio for two
// minutes if nobody wrote since (lib/dal/update-requests/kept.ts), so a person's pace costs no
// more reads than the test's.
import { readFileSync, rmSync } from "node:fs";
import { run } from "./processes.mjs";

const paceArg = process.argv.find((a) => a.startsWith("--pace="));
const paceSeconds = paceArg ? Number(paceArg.slice("--pace=".length)) : 0;
if (!Number.isFinite(paceSeconds) || paceSeconds < 0) {
  console.error("--pace takes a number of seconds, e.g. --pace=35");
  process.exit(2);
}
const out = "test-results/bench/update-flow.json";
rmSync(out, { force: true });
const { code } = await run(
  "npx",
  ["playwright", "test", "e2e/update-flow.spec.ts", "--reporter=line"],
  { env: { DUMP_REQUESTS: "1", BENCH_PACE_MS: String(paceSeconds * 1000) } },
);
if (code !== 0) {
  console.error("The flow did not complete; no figures.");
  process.exit(code);
}
const { total, operations, testReads } = JSON.parse(readFileSync(out, "utf8"));
const portal = total - testReads;
console.log(
  `\nTwilio requests of the Berlin update flow (emulator stats)` +
    (paceSeconds ? `, ${paceSeconds} s before each step` : ", at the test's own speed"),
);
for (const [op, n] of Object.entries(operations).sort((a, b) => b[1] - a[1]))
  console.log(`  ${String(n).padStart(4)}  ${op}`);
console.log(
  `  ${String(total).padStart(4)}  total, of which ${testReads} are the test's own checks`,
);
console.log("  (each request, in order: test-results/bench/requests.log)");
console.log(`\nportal requests: ${portal} (target ≤ 20) → ${portal <= 20 ? "met" : "NOT met"}`);
