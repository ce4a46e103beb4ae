import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { users } from "@/lib/db/schema";
import { recordAuthEvent } from "@/lib/dal/audit";
import { ThrottledSignIn } from "./errors";
import { timingSafeDummyHash, verifyPassword } from "./password";
import { decideAttempt, minutesUntil } from "./throttle-policy";
import { clearThrottle, readThrottle, registerFailure } from "./throttle-store";

export const credentialsSchema = z.object({
  email: z.email("Enter a valid email address.").trim().toLowerCase(),
  password: z.string().min(1, "Enter your password.").max(1024),
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Auth.js `authorize` for email + password. Returns null for a wrong email or password (shown as
 * one message, so it does not reveal which accounts exist) and throws ThrottledSignIn while the
 * email is locked. Unknown emails are throttled exactly like known ones, for the same reason.
 */
export async function authorizeCredentials(raw: unknown) {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  const db = await getDb();

  const decision = decideAttempt(await readThrottle(db, email), new Date());
  if (decision.kind === "locked") {
    await recordAuthEvent({ actorUserId: null, action: "auth.sign_in_locked", details: { email } });
    throw new ThrottledSignIn(decision.retryAfterMinutes);
  }
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const [user] = await db.select().from(users).where(eq(users.email, email));
  const valid = user?.passwordHash
    ? await verifyPassword(user.passwordHash, password)
    : await verifyPassword(await timingSafeDummyHash(), password).then(() => false);

  if (!user || !valid) {
    const now = new Date();
    const state = await registerFailure(db, email, now);
    await recordAuthEvent({
      actorUserId: user?.id ?? null,
      action: "auth.sign_in_failed",
      details: { email, failures: state.failures, locked: state.lockedUntil !== null },
    });
    if (state.lockedUntil) throw new ThrottledSignIn(minutesUntil(state.lockedUntil, now));
    return null;
  }

  await clearThrottle(db, email);
  return { id: user.id, email: user.email, name: user.name };
}
