import { and, desc, eq, isNull } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import {
  accounts,
  impersonationSessions,
  type ImpersonationMode,
  type ImpersonationSessionRow,
} from "@/lib/db/schema";
import type { EndReason } from "./rules";

/**
 * Reads and writes of impersonation_sessions. Authorization lives with the callers
 * (lib/auth/context.ts, lib/dal/impersonation.ts); these only touch rows. Takes the db as an
 * argument (no server-only) so the DB tests run it on PGlite and Postgres.
 */

/** The staff member's open session (at most one: a partial unique index), with its account. */
export async function findOpenSession(db: Database, staffUserId: string) {
  const [row] = await db
    .select({
      session: impersonationSessions,
      account: {
        id: accounts.id,
        name: accounts.name,
        subaccountSid: accounts.twilioSubaccountSid,
      },
    })
    .from(impersonationSessions)
    .leftJoin(accounts, eq(accounts.id, impersonationSessions.accountId))
    .where(
      and(
        eq(impersonationSessions.staffUserId, staffUserId),
        isNull(impersonationSessions.endedAt),
      ),
    );
  return row ?? null;
}

/**
 * Ends an open session. Atomic: only the call that actually ends it gets the row back, so when
 * two requests notice an expiry at once, exactly one of them records it.
 */
export async function endSession(
  db: Database,
  id: string,
  reason: EndReason,
  endedAt: Date,
): Promise<ImpersonationSessionRow | null> {
  const [row] = await db
    .update(impersonationSessions)
    .set({ endedAt, endReason: reason })
    .where(and(eq(impersonationSessions.id, id), isNull(impersonationSessions.endedAt)))
    .returning();
  return row ?? null;
}

export async function setSessionMode(
  db: Database,
  id: string,
  mode: ImpersonationMode,
): Promise<ImpersonationSessionRow | null> {
  const [row] = await db
    .update(impersonationSessions)
    .set({ mode })
    .where(and(eq(impersonationSessions.id, id), isNull(impersonationSessions.endedAt)))
    .returning();
  return row ?? null;
}

/** The staff member's most recent session (open or ended), for the console's "last session". */
export async function latestSession(db: Database, staffUserId: string) {
  const [row] = await db
    .select()
    .from(impersonationSessions)
    .where(eq(impersonationSessions.staffUserId, staffUserId))
    .orderBy(desc(impersonationSessions.startedAt))
    .limit(1);
  return row ?? null;
}

export type NewSession = typeof impersonationSessions.$inferInsert;

/**
 * Opens a session. Returns null when the staff member already has an open one (the partial
 * unique index decides, so two simultaneous starts cannot both succeed).
 */
export async function insertSession(
  db: Database,
  values: NewSession,
): Promise<ImpersonationSessionRow | null> {
  try {
    const [row] = await db.insert(impersonationSessions).values(values).returning();
    return row ?? null;
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Postgres' unique_violation, whether the driver or drizzle's wrapper (`cause`) carries it. */
function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 3; depth++) {
    if ((e as { code?: unknown }).code === "23505") return true;
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
