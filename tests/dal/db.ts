/** Direct reads of the portal's tables, the tests' oracle for what the data layer stored. */
import { and, asc, eq, notInArray } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { auditEvents, updateRequestEvents, updateRequests } from "@/lib/db/schema";

export async function findOpenRequestByOriginal(originalSid: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(updateRequests)
    .where(
      and(
        eq(updateRequests.originalSid, originalSid),
        notInArray(updateRequests.phase, ["done", "cancelled"]),
      ),
    );
  return row ?? null;
}

export async function requestsOf(originalSid: string) {
  const db = await getDb();
  return db.select().from(updateRequests).where(eq(updateRequests.originalSid, originalSid));
}

export async function eventsOf(requestId: string) {
  const db = await getDb();
  return db
    .select()
    .from(updateRequestEvents)
    .where(eq(updateRequestEvents.requestId, requestId))
    .orderBy(asc(updateRequestEvents.occurredAt));
}

export async function auditActions(accountId: string) {
  const db = await getDb();
  const rows = await db
    .select({ action: auditEvents.action })
    .from(auditEvents)
    .where(eq(auditEvents.accountId, accountId))
    .orderBy(asc(auditEvents.occurredAt));
  return rows.map((r) => r.action);
}
