import { createHash } from "node:crypto";

/** Demo data of the emulator's seed (lib/twilio-emulator/seed), as the tests refer to it. */
export const PASSWORD = "compliance-demo";
export const USERS = {
  customer: "customer@demo.test",
  multi: "multi@demo.test",
  support: "support@demo.test",
  admin: "admin@demo.test",
} as const;

/** Seed SIDs are stable: "BU" + sha256(scenario key) (seed/seed.ts). */
export const seededBundleSid = (key: string) => "BU" + createHash("sha256").update(key).digest("hex").slice(0, 32);

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
