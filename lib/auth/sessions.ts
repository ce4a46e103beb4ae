import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { users } from "@/lib/db/schema";

/**
 * Sessions are JWTs (stateless), so ending one means refusing it: each JWT carries the user's
 * session version from the moment it was issued, and the acting context accepts it only while
 * the user's row still has that version. Sign-out and role changes bump it, which ends every
 * session the user had (issue 10: an old cookie kept working for 8 hours after sign-out).
 */
export async function sessionVersionOf(userId: string): Promise<number | null> {
  const db = await getDb();
  const [row] = await db
    .select({ v: users.sessionVersion })
    .from(users)
    .where(eq(users.id, userId));
  return row?.v ?? null;
}

export async function revokeSessions(userId: string): Promise<void> {
  const db = await getDb();
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** The version a session JWT carries (tokens issued before versions existed carry none). */
export function tokenVersion(value: unknown): number | null {
  return typeof value === "number" && Number.isInteger(value) ? value : null;
}
