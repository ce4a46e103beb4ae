// `npm run bench:timing` (after `next build`): how long sign-in and the main pages take in
// Chromium against `next start`, and where the server's time goes (issue 15). A benchmark that
// prints figures, not a test. Runs its own emulator and portal on spare ports, with a throwaway
// embedded database, and TIMING_LOG set: the portal then appends, per request, its database,
// Twilio and password-hashing time (lib/timing) to a file this script reads back.
//
// Each page is loaded `--runs` times (default 8) in a row: the first load after the server
// started is "cold" (the route's code is loaded, caches are empty), the others "warm".
//   npm run bench:timing -- --runs=12
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { background, waitForUrl } from "./processes.mjs";

const runsArg = process.argv.find((a) => a.startsWith("--runs="));
const RUNS = runsArg ? Number(runsArg.slice("--runs=".length)) : 8;
if (!Number.isInteger(RUNS) || RUNS < 2) {
  console.error("--runs takes a whole number of at least 2 (one cold load, the rest warm)");
  process.exit(2);
}
const PORT = 3650;
const EMULATOR_PORT = 4650;
const BASE = `http://localhost:${PORT}`;
const PASSWORD = "compliance-demo";
const dir = mkdtempSync(join(tmpdir(), "bench-timing-"));
const log = join(dir, "timing.jsonl");
const env = {
  AUTH_SECRET: "timing-bench-secret-not-for-production",
  TWILIO_ACCOUNT_SID: "AC00000000000000000000000000c0de01",
  TWILIO_AUTH_TOKEN: "0123456789abcdef0123456789abcdef",
  TWILIO_EMULATOR_URL: `http://127.0.0.1:${EMULATOR_PORT}`,
  PGLITE_DIR: join(dir, "pglite"),
  PUBLIC_BASE_URL: BASE,
  DATABASE_URL: "",
  SMTP_URL: "",
  MAIL_CATCHER_URL: "",
  NEXT_TELEMETRY_DISABLED: "1",
  TIMING_LOG: log,
};
background("npx", ["tsx", "packages/twilio-emulator/src/main.ts", "--reset"], {
  env: { ...env, EMULATOR_PORT: String(EMULATOR_PORT), EMULATOR_STATE: join(dir, "emulator.json") },
});
if (!(await waitForUrl(`${env.TWILIO_EMULATOR_URL}/_emulator/health`, 60_000)))
  throw new Error("the emulator did not start");
const startedAt = Date.now();
background("npx", ["next", "start", "-p", String(PORT), "-H", "127.0.0.1"], { env });
if (!(await waitForUrl(`${BASE}/login`, 120_000))) throw new Error("the portal did not start");
const startupMs = Date.now() - startedAt;
/** Every Twilio request the emulator answered so far (the portal's pages and its jobs alike). */
const emulatorTotal = async () =>
  (await (await fetch(`${env.TWILIO_EMULATOR_URL}/_emulator/stats`)).json()).total;
const twilioAtReady = await emulatorTotal();

const systemChromium = "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath: existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});

// ── Server-side figures: the portal's TIMING_LOG lines, by the x-timing-id this script sent.
let sequence = 0;
const nextId = () => `bench-${++sequence}`;
function linesOf(id) {
  if (!existsSync(log)) return [];
  return readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .filter((l) => l.id === id);
}
/** The summed figures of every request tagged `id` (lines arrive just after each response). */
async function serverFigures(id) {
  await new Promise((r) => setTimeout(r, 150));
  const lines = linesOf(id);
  const of = (kind, field) => lines.reduce((t, l) => t + l.kinds[kind][field], 0);
  return {
    requests: lines.length,
    dbCount: of("db", "count"),
    dbMs: of("db", "wallMs"),
    dbOpenMs: of("db_open", "wallMs"),
    twilioCount: of("twilio", "count"),
    twilioMs: of("twilio", "wallMs"),
    hashMs: of("hash", "wallMs"),
    anyMs: lines.reduce((t, l) => t + l.anyMs, 0),
  };
}

/**
 * Tags this page's document requests and server-action posts with `id`, and nothing else: the
 * RSC prefetches a page fires after it loaded are not its own cost.
 */
async function tagRequests(page) {
  const tag = { id: null };
  await page.route("**/*", (route) => {
    const request = route.request();
    if (tag.id && (request.isNavigationRequest() || request.method() === "POST"))
      return route.continue({ headers: { ...request.headers(), "x-timing-id": tag.id } });
    return route.continue();
  });
  return tag;
}

/** Navigation timing of the document just loaded: time to first byte and to its last byte. */
const documentTiming = (page) =>
  page.evaluate(() => {
    const [nav] = performance.getEntriesByType("navigation");
    return {
      ttfbMs: nav.responseStart - nav.requestStart,
      htmlMs: nav.responseEnd - nav.requestStart,
    };
  });

const samples = new Map(); // label → [{ wallMs, ttfbMs, htmlMs, ...server }]
function record(label, sample) {
  if (!samples.has(label)) samples.set(label, []);
  samples.get(label).push(sample);
}

async function load(page, tag, label, path, heading) {
  const id = nextId();
  tag.id = id;
  const t0 = performance.now();
  await page.goto(`${BASE}${path}`, { waitUntil: "load" });
  const wallMs = performance.now() - t0;
  tag.id = null;
  await page.getByRole("heading", { level: 1, name: heading }).first().waitFor();
  record(label, { wallMs, ...(await documentTiming(page)), ...(await serverFigures(id)) });
  await page.waitForLoadState("networkidle");
}

/** Signs in from a fresh browser (no device cookie); timed from the click to the landing page. */
async function signIn(email, label, landing) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const tag = await tagRequests(page);
  await load(page, tag, "/login (page)", "/login", "Sign in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  const id = nextId();
  tag.id = id;
  const t0 = performance.now();
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(landing);
  await page.getByRole("heading", { level: 1 }).first().waitFor();
  const wallMs = performance.now() - t0;
  tag.id = null;
  if (label) record(label, { wallMs, ...(await serverFigures(id)) });
  await page.waitForLoadState("networkidle");
  return { context, page, tag };
}

const berlin = "BU25a4c9fa1daf85794b597991f8893b9b";
const customerPages = [
  ["/bundles (worklist)", "/bundles", "Bundles"],
  ["/bundles/[sid] (Berlin)", `/bundles/${berlin}`, "Berlin"],
  ["/bundles/[sid]/update (started)", `/bundles/${berlin}/update`, "Update"],
  ["/activity", "/activity", "Activity"],
  ["/settings/notifications", "/settings/notifications", "Email notifications"],
];

for (let i = 0; i < RUNS; i++) {
  const { context } = await signIn("customer@demo.test", "sign-in (customer)", /\/bundles/);
  await context.close();
}

const customer = await signIn("customer@demo.test", null, /\/bundles/);
// The update page as a customer sees it mid-update: start the Berlin update once (untimed).
await customer.page.goto(`${BASE}/bundles/${berlin}/update`);
await customer.page.getByRole("button", { name: "Start the update" }).click();
await customer.page.locator("#status-headline").waitFor({ timeout: 60_000 });
await customer.page.waitForLoadState("networkidle");
for (const [label, path, heading] of customerPages)
  for (let i = 0; i < RUNS; i++) await load(customer.page, customer.tag, label, path, heading);
await customer.context.close();

for (let i = 0; i < RUNS - 1; i++) {
  const { context } = await signIn("support@demo.test", "sign-in (support)", /\/support/);
  await context.close();
}
const support = await signIn("support@demo.test", "sign-in (support)", /\/support/);
for (let i = 0; i < RUNS; i++)
  await load(support.page, support.tag, "/support (console)", "/support", "Support console");
await support.context.close();
await browser.close();
const twilioAtEnd = await emulatorTotal();
const twilioOfPages = [...samples.values()].flat().reduce((t, s) => t + s.twilioCount, 0);

// ── Report.
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const quantile = (xs, q) => sorted(xs)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (n) => (n === undefined || Number.isNaN(n) ? "–" : Math.round(n).toString());
const col = (s, w) => String(s).padStart(w);

console.log(
  `\nTiming: ${RUNS} loads each in Chromium against next start (${cpus().length} cores, ` +
    `${new Date().toISOString().slice(0, 10)}); portal ready ${ms(startupMs)} ms after start.`,
);
console.log(
  "Wall: click or navigation to the page's load event. Server columns are medians of the warm" +
    " runs;\nDB/Twilio: requests / wall ms (parallel calls counted once); rest: HTML time" +
    " (wall for sign-in) minus all measured I/O = rendering, framework, event loop; all in ms.\n",
);
console.log(
  `Twilio requests: ${twilioAtEnd} in all; ${twilioOfPages} by the timed requests, ` +
    `${twilioAtEnd - twilioOfPages - twilioAtReady} by background jobs and the untimed steps ` +
    `(starting the update), ${twilioAtReady} before the portal answered.\n`,
);
const header = (title) =>
  console.log(
    title.padEnd(34),
    ...["wall", "p90", "ttfb", "html"].map((h) => col(h, 6)),
    ...["DB", "Twilio"].map((h) => col(h, 10)),
    ...["hash", "db-open", "rest"].map((h) => col(h, 7)),
  );
const row = (label, pick, p90) => {
  const basis = (s) => s.htmlMs ?? s.wallMs;
  console.log(
    label.padEnd(34),
    col(ms(pick((s) => s.wallMs)), 6),
    col(ms(p90), 6),
    col(ms(pick((s) => s.ttfbMs)), 6),
    col(ms(pick((s) => s.htmlMs)), 6),
    col(`${ms(pick((s) => s.dbCount))} / ${ms(pick((s) => s.dbMs))}`, 10),
    col(`${ms(pick((s) => s.twilioCount))} / ${ms(pick((s) => s.twilioMs))}`, 10),
    col(ms(pick((s) => s.hashMs)), 7),
    col(ms(pick((s) => s.dbOpenMs)), 7),
    col(ms(pick((s) => basis(s) - s.anyMs)), 7),
  );
};
header(`warm (median of ${RUNS - 1})`);
for (const [label, [, ...warm]] of samples)
  row(
    label,
    (f) => median(warm.map(f)),
    quantile(
      warm.map((s) => s.wallMs),
      0.9,
    ),
  );
console.log();
header("cold (first load after start)");
for (const [label, [cold]] of samples) row(label, (f) => f(cold), undefined);
rmSync(dir, { recursive: true, force: true });
process.exit(0);
