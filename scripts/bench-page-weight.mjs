// `npm run bench:page-weight` (after `next build`): each page's first-load JavaScript as a browser
// downloads it (compressed bytes over the wire, cache off), split into the chunks every page loads
// (the framework's shared ones) and the page's own. A benchmark that prints figures, not a test.
// Runs its own emulator and portal on spare ports, with a throwaway embedded database. Covers
// every page: the customer's, the mail-link pages (with a contact it adds and links it signs),
// /go (as a user of two accounts) and the support console (as an admin).
import { createHmac } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { background, waitForUrl } from "./processes.mjs";

// Ports of their own (PAGE_WEIGHT_PORT, PAGE_WEIGHT_EMULATOR_PORT), and refused when taken: a
// portal another checkout left on the port would otherwise be measured instead of this build.
const PORT = Number(process.env.PAGE_WEIGHT_PORT ?? 3400);
const EMULATOR_PORT = Number(process.env.PAGE_WEIGHT_EMULATOR_PORT ?? 4410);
for (const port of [PORT, EMULATOR_PORT])
  if (await inUse(port))
    throw new Error(`port ${port} is taken; set PAGE_WEIGHT_PORT / PAGE_WEIGHT_EMULATOR_PORT`);
const BASE = `http://localhost:${PORT}`;

function inUse(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(true))
      .once("listening", () => probe.close(() => resolve(false)))
      .listen(port);
  });
}

const dir = mkdtempSync(join(tmpdir(), "page-weight-"));
const env = {
  AUTH_SECRET: "page-weight-bench-secret-not-for-production",
  TWILIO_ACCOUNT_SID: "AC00000000000000000000000000c0de01",
  TWILIO_AUTH_TOKEN: "0123456789abcdef0123456789abcdef",
  TWILIO_EMULATOR_URL: `http://127.0.0.1:${EMULATOR_PORT}`,
  PGLITE_DIR: join(dir, "pglite"),
  PUBLIC_BASE_URL: BASE,
  DATABASE_URL: "",
  SMTP_URL: "",
  MAIL_CATCHER_URL: "",
  NEXT_TELEMETRY_DISABLED: "1",
};
background("npx", ["tsx", "packages/twilio-emulator/src/main.ts", "--reset"], {
  env: { ...env, EMULATOR_PORT: String(EMULATOR_PORT), EMULATOR_STATE: join(dir, "emulator.json") },
});
await waitForUrl(`${env.TWILIO_EMULATOR_URL}/_emulator/health`, 60_000);
background("npx", ["next", "start", "-p", String(PORT)], { env });
if (!(await waitForUrl(`${BASE}/login`, 120_000))) throw new Error("the portal did not start");

const systemChromium = "/usr/bin/chromium";
const browser = await chromium.launch({
  executablePath: (await import("node:fs")).existsSync(systemChromium) ? systemChromium : undefined,
  args: [
    ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
});

/** Bytes of JavaScript each URL took over the wire for one page load (cache off). */
async function scriptsOf(page, path) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const urls = new Map();
  const sizes = new Map();
  cdp.on("Network.responseReceived", (e) => {
    if (e.type === "Script") urls.set(e.requestId, e.response.url);
  });
  cdp.on("Network.loadingFinished", (e) => {
    if (urls.has(e.requestId)) sizes.set(urls.get(e.requestId), e.encodedDataLength);
  });
  await page.goto(`${BASE}${path}`, { waitUntil: "networkidle" });
  await cdp.detach();
  return sizes;
}

/** A signed mail link, as lib/notifications/tokens.ts signs it (a plain .mjs cannot import it). */
function signLink(purpose, id) {
  const expires = Math.floor(Date.now() / 1000 + 86_400).toString(36);
  const mac = createHmac("sha256", `notification-links|${env.AUTH_SECRET}`)
    .update(`${purpose}|${id}|${expires}`)
    .digest("base64url");
  return `${id}.${expires}.${mac}`;
}

async function signIn(email) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes = await scriptsOf(page, "/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("compliance-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname !== "/login");
  return { page, sizes };
}

const results = [];
const customer = await signIn("customer@demo.test");
results.push(["/login", customer.sizes]);
let page = customer.page;
const berlin = "BU25a4c9fa1daf85794b597991f8893b9b";
for (const path of [
  "/bundles",
  `/bundles/${berlin}`,
  `/bundles/${berlin}/update`,
  "/activity",
  "/settings/notifications",
])
  results.push([path, await scriptsOf(page, path)]);

// The mail-link pages need a contact that has not confirmed yet (a confirmed one sees no button).
const contactEmail = "page-weight@example.com";
await page.getByLabel("Email address").fill(contactEmail);
await page.getByRole("button", { name: "Add contact" }).click();
await page.getByText(`Added ${contactEmail}`).waitFor();
await page.reload();
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const idBefore = new RegExp(`(${uuid})[^{}]{1,40}${contactEmail.replace(".", "\\.")}`);
const contactId = idBefore.exec(await page.content())?.[1];
if (!contactId) throw new Error("the new contact's id is not on the settings page");
for (const purpose of ["confirm", "preferences", "unsubscribe"])
  results.push([
    `/email/${purpose}`,
    await scriptsOf(page, `/email/${purpose}?t=${signLink(purpose, contactId)}`),
  ]);

// /go asks a user of several accounts before switching to the mail's account.
page = (await signIn("multi@demo.test")).page;
const current = await page.locator("#account-switcher").inputValue();
const other = await page
  .locator(`#account-switcher option:not([value="${current}"])`)
  .first()
  .getAttribute("value");
const goSizes = other ? await scriptsOf(page, `/go?account=${other}&to=/bundles`) : null;
if (goSizes) results.push(["/go", goSizes]);
else console.warn("/go: multi@demo.test has no second account; not measured");

page = (await signIn("admin@demo.test")).page;
for (const path of ["/support", "/support/attention", "/support/staff"])
  results.push([path, await scriptsOf(page, path)]);
await page.goto(`${BASE}/support`);
const account = await page.locator('a[href^="/support/accounts/"]').first().getAttribute("href");
if (account) results.push(["/support/accounts/…", await scriptsOf(page, account)]);
else console.warn("/support/accounts/…: the console lists no account; not measured");

const shared = [...results[0][1].keys()].filter((url) => results.every(([, s]) => s.has(url)));
const kb = (n) => (n / 1024).toFixed(1).padStart(6);
const sum = (sizes, urls) => urls.reduce((t, u) => t + (sizes.get(u) ?? 0), 0);
console.log("\nFirst-load JavaScript, compressed over the wire (KB), cache off\n");
console.log("page".padEnd(44), "  total", " shared", "   page");
for (const [path, sizes] of results) {
  const total = sum(sizes, [...sizes.keys()]);
  const common = sum(sizes, shared);
  console.log(path.replace(berlin, "BU…").padEnd(44), kb(total), kb(common), kb(total - common));
}
console.log(`\n${shared.length} chunks are loaded by every page (the framework's shared ones).`);
await browser.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
