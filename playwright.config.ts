import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { E2E_BRAND } from "./e2e/support/brand";

/**
 * End-to-end tests in Chromium against the Twilio emulator, the mail catcher and a fresh embedded
 * database.
 * Debian's /usr/bin/chromium is used when present (this workplace cannot download browsers);
 * elsewhere Playwright's own Chromium. Ports are apart from `npm start`'s so both can run.
 */
const PORT = Number(process.env.E2E_PORT ?? 3300);
const EMULATOR_PORT = Number(process.env.E2E_EMULATOR_PORT ?? 4310);
const BASE_URL = `http://localhost:${PORT}`;
const EMULATOR_URL = `http://127.0.0.1:${EMULATOR_PORT}`;
const MAIL_SMTP_PORT = Number(process.env.E2E_MAIL_SMTP_PORT ?? 4325);
const MAIL_HTTP_PORT = Number(process.env.E2E_MAIL_HTTP_PORT ?? 4326);
const MAIL_CATCHER_URL = `http://127.0.0.1:${MAIL_HTTP_PORT}`;
// Separate state per run directory, so two checkouts' (or two engineers') runs never share it.
const DATA_DIR = process.env.E2E_DATA_DIR ?? ".data/e2e";
const systemChromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const isRoot = process.getuid?.() === 0;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ["list"],
    ["json", { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? "test-results/report.json" }],
  ],
  outputDir: "test-results",
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: existsSync(systemChromium) ? systemChromium : undefined,
      args: [
        ...(isRoot ? ["--no-sandbox"] : []),
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `npx tsx packages/twilio-emulator/src/main.ts --reset`,
      url: `${EMULATOR_URL}/_emulator/health`,
      env: { EMULATOR_PORT: String(EMULATOR_PORT), EMULATOR_STATE: `${DATA_DIR}/emulator.json` },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // The portal's mail, caught in memory (a fresh, empty mailbox each run).
      command: "npx tsx packages/mail-catcher/src/main.ts",
      url: `${MAIL_CATCHER_URL}/health`,
      env: {
        MAIL_CATCHER_SMTP_PORT: String(MAIL_SMTP_PORT),
        MAIL_CATCHER_HTTP_PORT: String(MAIL_HTTP_PORT),
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // `next build` runs first (npm test does it); a fresh embedded database each run.
      command: `rm -rf ${DATA_DIR}/pglite && npx next start -p ${PORT}`,
      url: `${BASE_URL}/login`,
      env: {
        AUTH_SECRET: "e2e-only-secret-not-for-production",
        TWILIO_ACCOUNT_SID: "AC00000000000000000000000000c0de01",
        TWILIO_AUTH_TOKEN: "0123456789abcdef0123456789abcdef",
        TWILIO_EMULATOR_URL: EMULATOR_URL,
        SMTP_URL: `smtp://127.0.0.1:${MAIL_SMTP_PORT}`,
        MAIL_CATCHER_URL,
        MAIL_FROM: "Portal <portal@example.test>",
        PGLITE_DIR: `${DATA_DIR}/pglite`,
        PUBLIC_BASE_URL: BASE_URL,
        DATABASE_URL: "",
        NEXT_TELEMETRY_DISABLED: "1",
        // Background jobs answer quickly; each account is swept once, at the server's start.
        JOBS_POLL_SECONDS: "0.5",
        JOBS_TICK_SECONDS: "5",
        SWEEP_EVERY_MINUTES: "600",
        NEXT_MANUAL_SIG_HANDLE: "true",
        // A platform's own brand (issue 16), so every spec sees the pages as a platform would ship
        // them; e2e/branding.spec.ts checks them (./e2e/support/brand.ts).
        PRODUCT_NAME: E2E_BRAND.name,
        BRAND_PRIMARY_COLOR: E2E_BRAND.color,
        BRAND_LOGO_URL: E2E_BRAND.logoUrl,
        SUPPORT_EMAIL: E2E_BRAND.supportEmail,
      },
      reuseExistingServer: false,
      timeout: 180_000,
    },
  ],
});
