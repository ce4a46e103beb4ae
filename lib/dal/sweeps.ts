import "server-only";
import { asc, eq, isNull, lt, or } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { accounts, accountSweeps } from "@/lib/db/schema";

/** Accounts whose last sweep started longer ago than `everyMs` (never swept first). */
export async function accountsDueForSweep(everyMs: number, limit = 500): Promise<string[]> {
  const db = await getDb();
  const before = new Date(Date.now() - everyMs);
  const rows = await db
    .select({ id: accounts.id })
    .from(accounts)
    .leftJoin(accountSweeps, eq(accountSweeps.accountId, accounts.id))
    .where(or(isNull(accountSweeps.lastStartedAt), lt(accountSweeps.lastStartedAt, before)))
    .orderBy(asc(accountSweeps.lastStartedAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
