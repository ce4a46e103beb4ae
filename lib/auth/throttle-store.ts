/**
 * Reads and writes the login_throttle row for one email. Takes the db as an argument (no
 * server-only) so the DB tests exercise it on PGlite and Postgres.
 */
import { eq } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { loginThrottle } from "@/lib/db/schema";
import {
  THROTTLE,
  recordFailure,
  type ThrottlePolicy,
  type ThrottleState,
} from "./throttle-policy";

export async function readThrottle(db: Database, key: string): Promise<ThrottleState | null> {
  const [row] = await db
    .select({
      failures: loginThrottle.failures,
      firstFailureAt: loginThrottle.firstFailureAt,
      lockedUntil: loginThrottle.lockedUntil,
    })
    .from(loginThrottle)
    .where(eq(loginThrottle.key, key));
  return row ?? null;
}

/**
 * Counts one failure atomically: the row is created if missing, then locked FOR UPDATE while the
 * pure policy computes the next state, so two instances failing at once both count.
 */
export async function registerFailure(
  db: Database,
  key: string,
  now: Date,
  policy: ThrottlePolicy = THROTTLE,
): Promise<ThrottleState> {
  return db.transaction(async (tx) => {
    await tx
      .insert(loginThrottle)
      .values({ key, failures: 0, firstFailureAt: now })
      .onConflictDoNothing({ target: loginThrottle.key });
    const [row] = await tx
      .select()
      .from(loginThrottle)
      .where(eq(loginThrottle.key, key))
      .for("update");
    const previous = row && row.failures > 0 ? row : null;
    const next = recordFailure(previous, now, policy);
    await tx.update(loginThrottle).set(next).where(eq(loginThrottle.key, key));
    return next;
  });
}

/** A successful sign-in forgets earlier failures. */
export async function clearThrottle(db: Database, key: string): Promise<void> {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
