// Issue 10's security probe against the built portal (run `next build` first): cross-account
// reads, off-site redirects, forged callbacks, unknown-account callbacks and a 50 MB unsigned
// callback. The Berlin flow under injected 503/429 is tests/dal/update-under-faults.test.ts.
import { readFileSync, rmSync } from "node:fs";
import { run } from "./processes.mjs";

const out = "test-results/probe/security.json";
rmSync(out, { force: true });
const { code } = await run(
  "npx",
  ["playwright", "test", "e2e/security-probe.spec.ts", "--reporter=line"],
  {
    env: { PROBE: "1" },
  },
);
const results = JSON.parse(readFileSync(out, "utf8"));
console.log("\nSecurity probe");
for (const [what, figure] of Object.entries(results)) console.log(`  ${what.padEnd(48)} ${figure}`);
process.exit(code);
