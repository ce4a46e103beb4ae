/**
 * The data-layer test stage (`npm test -- dal`): the server modules as the server loads them
 * (scripts/server-modules.mjs makes `server-only` inert), a fresh database per test file
 * (PGlite in memory, or a new database on the throwaway Postgres when DAL_DB=postgres), and the
 * Twilio emulator in-process. An unexpected console.error fails the test (epic-stack's rule).
 */
import { afterEach, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { startEmulator, type RunningEmulator } from "@portal/twilio-emulator";
import { EmulatorControl } from "@portal/twilio-emulator/control";
import { DEMO_PARENT, DEMO_SUBACCOUNTS, seededSid } from "@portal/twilio-emulator/demo";
import { startMailCatcher, type RunningMailCatcher } from "@portal/mail-catcher";
import { MailCatcherClient } from "@portal/mail-catcher/client";
import type { AccountContext } from "@/lib/auth/context";
import { startRouteServer } from "./route-server";
export { bodyBytesRead } from "./route-server";

export const ACME = DEMO_SUBACCOUNTS.find((a) => a.key === "acme")!;
export const BISTRO = DEMO_SUBACCOUNTS.find((a) => a.key === "bistro")!;
/** Seed SIDs are stable: the emulator's scenario keys. */
export const BERLIN = seededSid("BU", "acme-berlin");

export const driver = process.env.DAL_DB === "postgres" ? "postgres" : "pglite";

async function freshPostgres(): Promise<string> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error("DAL_DB=postgres needs TEST_DATABASE_URL");
  const { Client } = await import("pg");
  const name = `dal_${randomBytes(6).toString("hex")}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.href;
}

export interface Dal {
  emulator: RunningEmulator;
  /** The mail catcher the portal sends through (SMTP_URL), and its HTTP API. */
  mailCatcher: RunningMailCatcher;
  mail: MailCatcherClient;
  control: EmulatorControl;
  /** The portal's public base URL (the loopback route server). */
  baseUrl: string;
  /** Twilio's side, read as the account through the API: the tests' oracle. */
  twilio<T = Record<string, unknown>>(
    path: string,
    account?: { sid: string; authToken: string },
  ): Promise<{ status: number; body: T }>;
  /** The acting context of a demo user, as getActingContext() builds it for a request. */
  contextFor(email: string, accountSid?: string): Promise<AccountContext>;
  /**
   * Hands the portal over to child processes (tests/dal/app-process.ts): stops this process's
   * workers and route server and closes its database; the emulator stays. Returns the environment
   * the children need (this process's, which names the database, the emulator and the port).
   */
  handOver(): Promise<NodeJS.ProcessEnv>;
  close(): Promise<void>;
}

/**
 * Starts the emulator, points the portal's environment at it and runs the job workers in this
 * process (as the app's server does); call once per file. `env` adds or overrides settings
 * (the environment is read once per process).
 */
export async function startDal(
  options: { env?: Record<string, string>; workers?: boolean; port?: number } = {},
): Promise<Dal> {
  const emulator = await startEmulator();
  const mailCatcher = await startMailCatcher();
  const routes = await startRouteServer(options.port ?? 0);
  Object.assign(process.env, {
    AUTH_SECRET: "dal-tests-secret-not-for-production-use",
    TWILIO_ACCOUNT_SID: DEMO_PARENT.sid,
    TWILIO_AUTH_TOKEN: DEMO_PARENT.authToken,
    TWILIO_EMULATOR_URL: emulator.url,
    PUBLIC_BASE_URL: routes.url,
    SMTP_URL: mailCatcher.smtpUrl,
    MAIL_CATCHER_URL: mailCatcher.url,
    MAIL_FROM: "Portal tests <portal@example.test>",
    PGLITE_DIR: "memory://",
    DATABASE_URL: driver === "postgres" ? await freshPostgres() : "",
    // Jobs answer quickly; the scheduler's ticks only when a test asks for them.
    JOBS_POLL_SECONDS: "0.5",
    JOBS_SCHEDULER: "false",
    JOBS_TICK_SECONDS: "2",
    ...options.env,
  });
  const { getDb } = await import("@/lib/db");
  await getDb(); // migrations and the demo seed, before any test's clock starts
  const jobs = await import("@/lib/jobs/worker");
  if (options.workers !== false) await jobs.startWorkers();
  let routesOpen = true;
  const closeRoutes = async () => {
    if (!routesOpen) return;
    routesOpen = false;
    routes.server.closeAllConnections();
    await new Promise((resolve) => routes.server.close(resolve));
  };
  const closeDatabase = async () => {
    const shared = globalThis as unknown as { __portalDb?: Promise<{ close(): Promise<void> }> };
    await (await shared.__portalDb)?.close();
    shared.__portalDb = undefined;
  };

  const dal: Dal = {
    emulator,
    mailCatcher,
    mail: new MailCatcherClient(mailCatcher.url),
    control: new EmulatorControl(emulator.url),
    baseUrl: routes.url,
    async twilio(path, account = ACME) {
      const res = await fetch(`${emulator.url}${path}`, {
        headers: {
          authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString("base64")}`,
        },
      });
      return { status: res.status, body: await res.json() };
    },
    async contextFor(email, accountSid = ACME.sid) {
      const { eq } = await import("drizzle-orm");
      const { accounts, users } = await import("@/lib/db/schema");
      const db = await getDb();
      const [user] = await db
        .select({ id: users.id, email: users.email, name: users.name, role: users.role })
        .from(users)
        .where(eq(users.email, email));
      const [account] = await db
        .select({
          id: accounts.id,
          name: accounts.name,
          subaccountSid: accounts.twilioSubaccountSid,
        })
        .from(accounts)
        .where(eq(accounts.twilioSubaccountSid, accountSid));
      assert.ok(user && account, `demo user ${email} or account ${accountSid} is missing`);
      return {
        user,
        account,
        accounts: [{ id: account.id, name: account.name }],
        impersonation: null,
        origin: { ip: null, userAgent: "dal-tests" },
      };
    },
    async handOver() {
      await jobs.stopWorkers();
      await closeDatabase();
      await closeRoutes();
      return { ...process.env };
    },
    async close() {
      await jobs.stopWorkers();
      (await import("@/lib/mail/transport")).closeMail();
      await closeDatabase();
      await emulator.close();
      // The catcher the test left running (a test may restart it, see notifications.test.ts).
      await dal.mailCatcher.close();
      await closeRoutes();
    },
  };
  return dal;
}

/**
 * Fails the current test when the code under it logs console.error, unless the test said it
 * expects one (`expectConsoleError(/pattern/)`).
 */
const logged: string[] = [];
const expected: RegExp[] = [];
const original = console.error;
console.error = (...args: unknown[]) => {
  logged.push(args.map((a) => (a instanceof Error ? a.stack : String(a))).join(" "));
};
export function expectConsoleError(pattern: RegExp) {
  expected.push(pattern);
}
beforeEach(() => {
  logged.length = 0;
  expected.length = 0;
});
afterEach(() => {
  const unexpected = logged.filter((line) => !expected.some((p) => p.test(line)));
  if (unexpected.length) original("unexpected console.error:\n" + unexpected.join("\n"));
  assert.deepEqual(unexpected, [], "the code under test logged console.error");
});
