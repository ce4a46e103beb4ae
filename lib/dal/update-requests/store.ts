import "server-only";
import { and, asc, desc, eq, gte, isNull, lt, lte, notInArray, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { dispatchNotices, queueRequestNotices } from "@/lib/dal/notifications";
import { env } from "@/lib/env";
import { impersonationSessions, updateRequestEvents, updateRequests, users } from "@/lib/db/schema";
import type { UpdateRequestRow } from "@/lib/db/schema";
import type { BundleWithItems } from "@/lib/twilio";
import type { Evaluation } from "@/lib/domain/types";
import { storedRequestSchema, type StoredProgress, type StoredRequest } from "@/lib/workflow";
import { auditApproval } from "./approval-audit";
import type { KeptSnapshot, PendingItem, StepFailure } from "./kept";

/**
 * The update_requests table. No authorization here: callers in this folder scope every lookup
 * by account (customer actions) or by a signature-checked callback's copy SID.
 */
const CLOSED = ["done", "cancelled"];

export function toStoredRequest(row: UpdateRequestRow): StoredRequest {
  return storedRequestSchema.parse(row);
}

export async function findOpenRequest(accountId: string, originalSid: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(updateRequests)
    .where(
      and(
        eq(updateRequests.accountId, accountId),
        eq(updateRequests.originalSid, originalSid),
        notInArray(updateRequests.phase, CLOSED),
      ),
    );
  return row ?? null;
}

/** The newest request of an original, open or closed (a finished one shows "up to date"). */
export async function findLatestRequest(accountId: string, originalSid: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(updateRequests)
    .where(
      and(eq(updateRequests.accountId, accountId), eq(updateRequests.originalSid, originalSid)),
    )
    .orderBy(sql`${updateRequests.phase} in ('done', 'cancelled')`, desc(updateRequests.createdAt))
    .limit(1);
  return row ?? null;
}

export async function findOpenRequestByCopy(copySid: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(updateRequests)
    .where(and(eq(updateRequests.copySid, copySid), notInArray(updateRequests.phase, CLOSED)));
  return row ?? null;
}

/**
 * Opens a request, or returns the one already open: the partial unique index makes this safe
 * across clicks, tabs and instances (the loser of a race reads the winner's row).
 */
export async function openRequest(input: {
  accountId: string;
  originalSid: string;
  userId: string;
}) {
  const db = await getDb();
  const [created] = await db
    .insert(updateRequests)
    // Timestamps from JS (millisecond precision) so saveProgress can compare them exactly.
    .values({
      ...input,
      createdBy: input.userId,
      phase: "starting",
      createdAt: new Date(),
      updatedAt: new Date(),
    })
    .onConflictDoNothing()
    .returning();
  if (created) return { row: created, created: true };
  const existing = await findOpenRequest(input.accountId, input.originalSid);
  if (!existing) throw new Error("update request conflict without an open request");
  return { row: existing, created: false };
}

/** Columns a step may write besides the workflow's progress (see kept.ts). */
export interface RowChanges {
  evaluation?: Evaluation | null;
  baseline?: BundleWithItems | null;
  /** Stored with the row's new version, so only this very version may reuse it. */
  snapshot?: Omit<KeptSnapshot, "rowVersion"> | null;
  lastFailure?: StepFailure | null;
  callbackSetAt?: Date | null;
  pendingItem?: PendingItem | null;
  reviewRound?: number;
  reconciledAt?: Date | null;
}

/**
 * Writes progress (and what a step keeps) only if the row is still the version the caller read
 * (compare-and-set on updated_at): two writers (a callback and a step, say) never overwrite each
 * other unseen. Null when someone else wrote first; the caller re-reads and re-applies.
 */
export async function saveProgress(
  row: UpdateRequestRow,
  progress: Partial<StoredProgress>,
  changes: RowChanges = {},
) {
  const db = await getDb();
  // Strictly later than the version read, even within the same millisecond.
  const updatedAt = new Date(Math.max(Date.now(), row.updatedAt.getTime() + 1));
  const { snapshot, ...rest } = changes;
  const kept =
    snapshot === undefined
      ? {}
      : { snapshot: snapshot && { ...snapshot, rowVersion: updatedAt.toISOString() } };
  // A transition customers are told about (rejected, up to date) queues its notices with the
  // write that makes it: only the writer that wins the compare-and-set sends them. Twilio's
  // approval goes on Activity the same way.
  const { saved, noticeIds } = await db.transaction(async (tx) => {
    const [saved] = await tx
      .update(updateRequests)
      .set({ ...progress, ...rest, ...kept, updatedAt })
      .where(and(eq(updateRequests.id, row.id), eq(updateRequests.updatedAt, row.updatedAt)))
      .returning();
    if (!saved) return { saved, noticeIds: [] };
    await auditApproval(tx, row, saved);
    return { saved, noticeIds: await queueRequestNotices(tx, row, saved) };
  });
  await dispatchNotices(noticeIds);
  return saved ?? null;
}

/**
 * Writes `changes` to the row as it now is, whoever wrote last (for what is not the workflow's
 * state: a failure to show, a callback seen, what a step keeps). Re-reads on a concurrent write.
 */
export async function saveChanges(row: UpdateRequestRow, changes: RowChanges) {
  let current = row;
  for (let attempt = 0; attempt < 5; attempt++) {
    // What Twilio looked like is unaffected by these columns: a snapshot valid for the row's
    // version stays valid for the new one.
    const carried = changes.snapshot !== undefined ? {} : { snapshot: stillKept(current) ?? null };
    const saved = await saveProgress(current, {}, { ...carried, ...changes });
    if (saved) return saved;
    current = await findRequest(row.id);
  }
  throw new Error(`update request ${row.id}: too many concurrent writes`);
}

function stillKept(row: UpdateRequestRow): Omit<KeptSnapshot, "rowVersion"> | null {
  const kept = row.snapshot as KeptSnapshot | null;
  if (!kept || kept.rowVersion !== row.updatedAt.toISOString()) return null;
  return { original: kept.original, copy: kept.copy, readAt: kept.readAt };
}

export async function findRequest(id: string) {
  const db = await getDb();
  const [row] = await db.select().from(updateRequests).where(eq(updateRequests.id, id));
  if (!row) throw new Error(`update request ${id} vanished`);
  return row;
}

/**
 * Takes the request's lease for a step that calls Twilio. False when another step holds it; the
 * lease expires by itself so a crashed step never blocks the request for good.
 */
export async function acquireLease(
  id: string,
  ms = env.UPDATE_LEASE_SECONDS * 1000,
): Promise<boolean> {
  const db = await getDb();
  const now = new Date();
  const rows = await db
    .update(updateRequests)
    .set({ leaseUntil: new Date(now.getTime() + ms) })
    .where(
      and(
        eq(updateRequests.id, id),
        or(isNull(updateRequests.leaseUntil), lt(updateRequests.leaseUntil, now)),
      ),
    )
    .returning({ id: updateRequests.id });
  return rows.length === 1;
}

export async function releaseLease(id: string): Promise<void> {
  const db = await getDb();
  await db.update(updateRequests).set({ leaseUntil: null }).where(eq(updateRequests.id, id));
}

export async function addEvent(
  requestId: string,
  type: string,
  actorUserId: string | null,
  details: Record<string, unknown> = {},
) {
  const db = await getDb();
  await db.insert(updateRequestEvents).values({ requestId, type, actorUserId, details });
}

/**
 * The request's timeline, oldest first, each event with who did it (null: Twilio or the portal)
 * and, when a staff member acted through an impersonation of this account, the name that
 * session recorded: an event stays "by support" after a role change or a deleted user.
 */
export async function listEvents(requestId: string) {
  const db = await getDb();
  const s = impersonationSessions;
  const e = updateRequestEvents;
  const rows = await db
    .select({
      event: e,
      actor: { id: users.id, name: users.name, role: users.role },
      staffName: s.staffName,
    })
    .from(e)
    .innerJoin(updateRequests, eq(updateRequests.id, e.requestId))
    .leftJoin(users, eq(users.id, e.actorUserId))
    .leftJoin(
      s,
      and(
        eq(s.staffUserId, e.actorUserId),
        eq(s.accountId, updateRequests.accountId),
        lte(s.startedAt, e.occurredAt),
        gte(sql`coalesce(${s.endedAt}, ${s.expiresAt})`, e.occurredAt),
      ),
    )
    .where(eq(e.requestId, requestId))
    .orderBy(asc(e.occurredAt));
  return rows.map(({ event, actor, staffName }) => ({
    ...event,
    actor: actor?.id ? actor : null,
    staffName,
  }));
}
