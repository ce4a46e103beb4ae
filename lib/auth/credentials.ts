import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { recordAuthEvent } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { DEVICE_COOKIE, verifyDeviceToken } from "./device-token";
import { ThrottledSignIn } from "./errors";
import { timingSafeDummyHash, verifyPassword } from "./password";
import { requestOrigin } from "@/lib/http/request-origin";
import { measured } from "@/lib/timing/measure";
import {
  POLICIES,
  combine,
  decideAttempt,
  minutesUntil,
  type ThrottleKind,
} from "./throttle-policy";
import { clearThrottle, readThrottle, registerFailure } from "./throttle-store";

export const credentialsSchema = z.object({
  email: z.email("Enter a valid email address.").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password.").max(1024),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The throttle keys an attempt counts against. A browser that proves it signed in as this email
 * before (a device cookie) counts only against its own key; any other attempt counts against the
 * email, and against the client address when our proxies tell us one. So an attacker can lock
 * an email for unknown browsers, never for the user's own (issue 10: anyone could lock anyone).
 */
async function throttleKeys(email: string): Promise<Array<{ key: string; kind: ThrottleKind }>> {
  const token = (await cookies()).get(DEVICE_COOKIE)?.value;
  const device = verifyDeviceToken(env.AUTH_SECRET, token, email);
  if (device) return [{ key: `device:${device}`, kind: "device" }];
  const { ip } = await requestOrigin();
  return [{ key: email, kind: "email" }, ...(ip ? [{ key: `ip:${ip}`, kind: "ip" as const }] : [])];
}

/**
 * Auth.js `authorize` for email + password. Returns null for a wrong email or password (shown as
 * one message, so it does not reveal which accounts exist) and throws ThrottledSignIn while a key
 * is locked. Unknown emails are throttled exactly like known ones, for the same reason.
 */
export async function authorizeCredentials(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();
  const keys = await throttleKeys(email);

  const now = new Date();
  const states = await Promise.all(keys.map(({ key }) => readThrottle(db, key)));
  const decision = combine(states.map((s, i) => decideAttempt(s, now, POLICIES[keys[i]!.kind])));
  if (decision.kind === "locked") {
    await recordAuthEvent({
      actorUserId: null,
      action: "auth.sign_in_locked",
      details: { email, keys: keys.map((k) => k.kind) },
    });
    throw new ThrottledSignIn(decision.retryAfterMinutes);
  }
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid = await measured("hash", async () =>
    user?.passwordHash
      ? verifyPassword(user.passwordHash, password)
      : verifyPassword(await timingSafeDummyHash(), password).then(() => false),
  );

  if (!user || !valid) {
    const failedAt = new Date();
    const after = await Promise.all(
      keys.map(({ key, kind }) => registerFailure(db, key, failedAt, POLICIES[kind])),
    );
    const lock = after
      .map((s) => s.lockedUntil)
      .filter((d): d is Date => d !== null)
      .sort((a, b) => b.getTime() - a.getTime())[0];
    await recordAuthEvent({
      actorUserId: user?.id ?? null,
      action: "auth.sign_in_failed",
      details: {
        email,
        failures: Math.max(...after.map((s) => s.failures)),
        locked: lock !== undefined,
        keys: keys.map((k) => k.kind),
      },
    });
    if (lock) throw new ThrottledSignIn(minutesUntil(lock, failedAt));
    return null;
  }

  await Promise.all(keys.map(({ key }) => clearThrottle(db, key)));
  // The session version rides along, so issuing the JWT need not read the same row again.
  return { id: user.id, email: user.email, name: user.name, sessionVersion: user.sessionVersion };
}
