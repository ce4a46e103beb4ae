// `npm test`: lint, typecheck, unit, emulator (and mail catcher), integration and end-to-end
// tests, then one closing line "N passed, N failed" that CI reads. Starts (and stops) a throwaway
// Postgres when available.
import { readdirSync, readFileSync, existsSync, rmSync } from "node:fs";
import { join } from "node:path";
import { run } from "./processes.mjs";
import { startThrowawayPostgres } from "./throwaway-postgres.mjs";

const only = process.argv.slice(2);
const want = (stage) => only.length === 0 || only.includes(stage);
const totals = { passed: 0, failed: 0, skipped: 0 };
const summary = [];

function findTests(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith(".test.ts") && !f.includes("node_modules"))
    .map((f) => join(dir, f))
    .sort();
}

function record(stage, passed, failed, skipped = 0) {
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  summary.push(
    `${stage.padEnd(12)} ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`,
  );
}

async function gate(stage, cmd, args, label = stage) {
  if (!want(stage)) return;
  console.log(`\n━━ ${label}: ${cmd} ${args.join(" ")}`);
  const { code } = await run(cmd, args);
  record(label, code === 0 ? 1 : 0, code === 0 ? 0 : 1);
}

async function nodeTests(stage, files, env, nodeArgs = []) {
  if (!want(stage.split(" ")[0])) return;
  console.log(`\n━━ ${stage}: ${files.length} files`);
  const { code, out } = await run(
    "node",
    [...nodeArgs, "--import", "tsx", "--test", "--test-reporter=spec", ...files],
    { capture: true, env },
  );
  const num = (label) => Number(new RegExp(`ℹ ${label} (\\d+)`).exec(out)?.[1] ?? 0);
  const failed = num("fail") + num("cancelled");
  record(stage, num("pass"), code !== 0 && failed === 0 ? 1 : failed, num("skipped"));
}

async function e2e() {
  if (!want("e2e")) return;
  console.log("\n━━ build: next build");
  const build = await run("npx", ["next", "build"]);
  if (build.code !== 0) return record("build", 0, 1);
  record("build", 1, 0);
  console.log("\n━━ e2e: playwright test");
  const report = join(".data", "e2e-report.json");
  rmSync(report, { force: true });
  const { code } = await run("npx", ["playwright", "test"], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: report },
  });
  if (!existsSync(report)) return record("e2e", 0, 1);
  const stats = JSON.parse(readFileSync(report, "utf8")).stats ?? {};
  const failed = stats.unexpected ?? 0;
  // A test that passed on its retry counts as passed; the list reporter above names it as flaky.
  record(
    "e2e",
    (stats.expected ?? 0) + (stats.flaky ?? 0),
    code !== 0 && failed === 0 ? 1 : failed,
    stats.skipped ?? 0,
  );
}

const EMULATOR = "packages/twilio-emulator";
const MAIL_CATCHER = "packages/mail-catcher";
const pg =
  want("unit") || want("integration") || want("dal") ? await startThrowawayPostgres() : null;
const dbEnv = pg ? { TEST_DATABASE_URL: pg.url } : {};
if (!pg) console.log("(No local PostgreSQL: database tests run against PGlite only.)");
try {
  await gate("lint", "npx", ["eslint", "."]);
  // Exports, files and dependencies nothing uses (knip.json says what the entry points are).
  await gate("lint", "npx", ["knip", "--no-progress"], "unused");
  await gate("typecheck", "npx", ["tsc", "--noEmit"]);
  await nodeTests("unit", [...findTests("lib"), ...findTests("components")], dbEnv);
  // The emulator's own package: its rules' unit tests and its suite through the real twilio SDK;
  // with it the mail catcher's suite through nodemailer (the portal's other local stand-in).
  await nodeTests("emulator", [
    ...findTests(`${EMULATOR}/src`),
    ...findTests(`${EMULATOR}/test`),
    ...findTests(`${MAIL_CATCHER}/test`),
  ]);
  await nodeTests("integration", findTests("tests/integration"), dbEnv);
  // The data layer's server modules (`server-only` inert: scripts/server-modules.mjs), with the
  // emulator in-process and a fresh database per file: PGlite, then the throwaway Postgres.
  const dal = findTests("tests/dal");
  const serverModules = ["--import", "./scripts/server-modules.mjs"];
  await nodeTests("dal (PGlite)", dal, { DAL_DB: "pglite" }, serverModules);
  if (pg) await nodeTests("dal (Postgres)", dal, { DAL_DB: "postgres", ...dbEnv }, serverModules);
} finally {
  pg?.stop();
}
await e2e();

console.log("\n━━ summary");
for (const line of summary) console.log(line);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : "";
console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
process.exit(totals.failed > 0 ? 1 : 0);
