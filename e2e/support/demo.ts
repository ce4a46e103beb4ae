import { createHash } from "node:crypto";

/** Demo data of the emulator's seed (packages/twilio-emulator/src/seed), as the tests refer to it. */
export const PASSWORD = "compliance-demo";
export const USERS = {
  customer: "customer@demo.test",
  multi: "multi@demo.test",
  /** Nordic Fjord's only user; the lock-out test spends its failed sign-ins on this email. */
  nordic: "nordic@demo.test",
  support: "support@demo.test",
  admin: "admin@demo.test",
  /** Signed in once, no account and no role yet: the one to grant the support role to. */
  trainee: "trainee@demo.test",
} as const;

/** Seed SIDs are stable: "BU" + sha256(scenario key) (seed/seed.ts). */
export const seededBundleSid = (key: string) =>
  "BU" + createHash("sha256").update(key).digest("hex").slice(0, 32);

export const EMULATOR_URL = `http://127.0.0.1:${process.env.E2E_EMULATOR_PORT ?? 4310}`;

/** The emulator's control API (loopback only). */
export async function emulatorControl(method: string, path: string, body?: unknown) {
  const res = await fetch(`${EMULATOR_URL}/_emulator/${path}`, {
    method,
    headers: { "content-type": "application/json" },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return (await res.json()) as Record<string, unknown>;
}

/** The seeded subaccounts the tests act for (seed/demo-accounts.ts). */
export const ACCOUNTS = {
  acme: {
    sid: "AC000000000000000000000000000ac3e1",
    authToken: "a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a1",
  },
  bistro: {
    sid: "AC000000000000000000000000b15760a2",
    authToken: "b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b2",
  },
  /** Harbour Dental, multi@demo.test's second account. */
  harbour: {
    sid: "AC000000000000000000000000ba2b0a03",
    authToken: "c0c0c0c0c0c0c0c0c0c0c0c0c0c0c0c3",
  },
  nordic: {
    sid: "AC00000000000000000000000000d0c004",
    authToken: "d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d4",
  },
} as const;

export type TwilioAccount = { sid: string; authToken: string };

/** A GET of Twilio's API (the emulator's), as the account: the tests' oracle for Twilio's side. */
export function twilioGet(path: string, account: TwilioAccount) {
  return fetch(`${EMULATOR_URL}${path}`, {
    headers: {
      authorization: `Basic ${Buffer.from(`${account.sid}:${account.authToken}`).toString("base64")}`,
    },
  });
}

/** Approve or reject a Bundle under review, as Twilio's reviewer would. */
export function review(sid: string, decision: "approve" | "reject", reasons: unknown[] = []) {
  return emulatorControl("POST", `bundles/${sid}/review`, { decision, reasons });
}

/** Twilio requests per operation for one account since the last reset of the stats. */
export async function requestCounts(accountSid: string) {
  const stats = (await emulatorControl("GET", "stats")) as {
    accounts: Record<string, { total: number; operations: Record<string, number> }>;
  };
  return stats.accounts[accountSid] ?? { total: 0, operations: {} };
}

/** The copies Twilio holds of a Bundle, read straight from the emulator as the account. */
export async function copiesOf(originalSid: string, account: TwilioAccount) {
  const res = await twilioGet(`/v2/RegulatoryCompliance/Bundles/${originalSid}/Copies`, account);
  const body = (await res.json()) as { results: Array<{ sid: string; status: string }> };
  return body.results;
}

/** A Bundle as Twilio holds it (status, valid_until), read as the account. */
export async function bundleOf(sid: string, account: TwilioAccount) {
  const res = await twilioGet(`/v2/RegulatoryCompliance/Bundles/${sid}`, account);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Twilio requests the emulator has answered since it started, in total and per operation. */
export async function requestTotals() {
  const stats = (await emulatorControl("GET", "stats")) as {
    total: number;
    operations: Record<string, number>;
  };
  return { total: stats.total, operations: stats.operations };
}

/** What happened between two `requestTotals()` readings. */
export function requestsBetween(
  before: Awaited<ReturnType<typeof requestTotals>>,
  after: typeof before,
) {
  const operations: Record<string, number> = {};
  for (const [op, n] of Object.entries(after.operations)) {
    const delta = n - (before.operations[op] ?? 0);
    if (delta > 0) operations[op] = delta;
  }
  return { total: after.total - before.total, operations };
}
