import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db";
import { notices, notificationContacts } from "@/lib/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import { wants, type NoticeKindName, type NoticePayload } from "@/lib/notifications/kinds";

/**
 * Turning an event into notices: one row per contact who wants it, each at most once (the
 * unique contact × dedupe key), written in the caller's transaction when it has one, so the event
 * and its notices are recorded together or not at all. Sending is a job per notice, dispatched
 * after the commit; a dispatch lost to a crash is picked up by the notices_due tick.
 */
export interface NoticeEvent {
  accountId: string;
  /** What makes this notice once, e.g. `reminder:BU…:2026-12-08T00:00:00.000Z:7`. */
  key: string;
  bundleSid?: string | null;
  payload: NoticePayload;
  /** Where the mail's main link leads, after sign-in. */
  targetPath: string;
  /** Only this contact (a confirmation mail). */
  contactId?: string;
}

export async function queueNotices(db: Database, event: NoticeEvent): Promise<string[]> {
  const kind: NoticeKindName = event.payload.kind;
  const contacts = await db
    .select()
    .from(notificationContacts)
    .where(
      event.contactId
        ? and(
            eq(notificationContacts.accountId, event.accountId),
            eq(notificationContacts.id, event.contactId),
          )
        : eq(notificationContacts.accountId, event.accountId),
    );
  const recipients = contacts.filter((c) => wants(c, kind));
  if (recipients.length === 0) return [];
  const rows = await db
    .insert(notices)
    .values(
      recipients.map((c) => ({
        accountId: event.accountId,
        contactId: c.id,
        toEmail: c.email,
        kind,
        dedupeKey: event.key,
        bundleSid: event.bundleSid ?? null,
        payload: event.payload as unknown as Record<string, unknown>,
        targetPath: event.targetPath,
      })),
    )
    .onConflictDoNothing()
    .returning({ id: notices.id });
  return rows.map((r) => r.id);
}

/** Hands new notices to the send job. Best effort: redispatchStuckNotices() is the backstop. */
export async function dispatchNotices(ids: string[]): Promise<void> {
  for (const noticeId of ids) {
    try {
      await enqueue("send_notice", { noticeId }, { key: noticeId });
    } catch (error) {
      console.warn("[notices] not dispatched; the next tick will", noticeId, String(error));
    }
  }
}

/** Queues and dispatches in one go, for callers outside a transaction. */
export async function notify(event: NoticeEvent): Promise<string[]> {
  const ids = await queueNotices(await getDb(), event);
  await dispatchNotices(ids);
  return ids;
}

const STUCK_AFTER_MS = 2 * 60_000;
/**
 * A failed attempt whose retry nobody runs (its job ended while the attempt still ran): longer
 * than the queue's longest backoff (30 s doubled 7 times is about 64 min), so a retry the queue
 * still holds is never doubled.
 */
const ORPHANED_RETRY_MS = 2 * 60 * 60_000;
/** A send that started this long ago and never finished died with its worker. */
export const SENDING_EXPIRES_MS = 10 * 60_000;

/**
 * Notices never tried (their dispatch was lost), stuck sending (their worker died), or failed
 * once with no retry left running: sent
 * again through the job, which sends each at most once.
 */
export async function redispatchStuckNotices(now = new Date()): Promise<number> {
  const db = await getDb();
  const stuck = await db
    .select({ id: notices.id })
    .from(notices)
    .where(
      // Retries of a failed attempt are the queue's (with backoff): only never-tried ones here.
      sql`(${notices.status} = 'queued' and ${notices.attempts} = 0
          and ${notices.createdAt} < ${new Date(now.getTime() - STUCK_AFTER_MS)})
        or (${notices.status} = 'sending'
          and ${notices.claimedAt} < ${new Date(now.getTime() - SENDING_EXPIRES_MS)})
        or (${notices.status} = 'queued' and ${notices.attempts} > 0
          and ${notices.claimedAt} < ${new Date(now.getTime() - ORPHANED_RETRY_MS)})`,
    )
    .limit(500);
  await dispatchNotices(stuck.map((s) => s.id));
  return stuck.length;
}
