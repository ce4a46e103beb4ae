import "server-only";
import { createHash } from "node:crypto";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import { getDb, type Database } from "@/lib/db";
import { accounts, bundleIndex, reminderMarks, updateRequests } from "@/lib/db/schema";
import { isReminderTime, thresholdFor } from "@/lib/notifications/cadence";
import { updatePath, type BundlePayload } from "@/lib/notifications/kinds";
import { dispatchNotices, queueNotices } from "./queue";

/**
 * Deadline notices: "a new deadline" when the sweep or a callback first sees a valid_until, and
 * reminders at the account's cadence until the Bundle is updated. Each reminder threshold of a
 * deadline is taken once in reminder_marks (its primary key), in the same transaction as its
 * notices, so a tick run twice or by two workers at once sends it once; several Bundles due in
 * one account at one tick go out as one digest.
 */
type Due = BundlePayload & { validUntil: string };

const digestKey = (prefix: string, keys: string[]) =>
  `${prefix}:${createHash("sha256").update(keys.sort().join("|")).digest("hex").slice(0, 32)}`;

/** Takes thresholds; returns the ones this call took (not taken before by anyone). */
async function takeMarks(
  db: Database,
  accountId: string,
  marks: Array<{ bundleSid: string; validUntil: Date; threshold: number }>,
) {
  if (marks.length === 0) return [];
  return db
    .insert(reminderMarks)
    .values(marks.map((m) => ({ ...m, accountId })))
    .onConflictDoNothing()
    .returning();
}

/**
 * In the transaction that recorded new deadline_set events: one mail per contact (a digest
 * when a regulation change gave several Bundles a deadline at once), and the threshold each
 * deadline is in now is taken, so no reminder repeats the news the same day.
 */
export async function queueNewDeadlineNotices(
  db: Database,
  accountId: string,
  deadlines: Array<{ sid: string; name: string; validUntil: Date }>,
  now: Date,
): Promise<string[]> {
  const upcoming = deadlines.filter((d) => d.validUntil > now);
  if (upcoming.length === 0) return [];
  const [account] = await db.select().from(accounts).where(eq(accounts.id, accountId));
  const cadence = account?.reminderDays ?? undefined;
  await takeMarks(
    db,
    accountId,
    upcoming.flatMap((d) => {
      const threshold = thresholdFor(d.validUntil, now, cadence);
      return threshold === null ? [] : [{ bundleSid: d.sid, validUntil: d.validUntil, threshold }];
    }),
  );
  const due: Due[] = upcoming.map((d) => ({
    sid: d.sid,
    name: d.name,
    validUntil: d.validUntil.toISOString(),
    path: updatePath(d.sid),
  }));
  if (due.length === 1)
    return queueNotices(db, {
      accountId,
      key: `new_deadline:${due[0]!.sid}:${due[0]!.validUntil}`,
      bundleSid: due[0]!.sid,
      payload: { kind: "new_deadline", bundle: due[0]! },
      targetPath: due[0]!.path,
    });
  return queueNotices(db, {
    accountId,
    key: digestKey(
      "new_deadlines",
      due.map((d) => `${d.sid}@${d.validUntil}`),
    ),
    payload: { kind: "digest", bundles: due },
    targetPath: "/bundles",
  });
}

/** Phases in which the customer has done their part: no reminders (Twilio is reviewing, or done). */
const DONE_PHASES = ["submitted", "in_review", "approved", "replaced", "done"];

export interface ReminderRun {
  accounts: number;
  reminders: number;
  digests: number;
}

/**
 * The reminders due at `now` (Twilio's time): for every indexed Bundle with a deadline that
 * still needs action, in accounts where it is 09:00 or later, the threshold it is in, taken once.
 */
export async function sendDueReminders(now: Date): Promise<ReminderRun> {
  const db = await getDb();
  const rows = await db
    .select({
      sid: bundleIndex.sid,
      name: bundleIndex.friendlyName,
      validUntil: bundleIndex.validUntil,
      accountId: bundleIndex.accountId,
      timeZone: accounts.timeZone,
      cadence: accounts.reminderDays,
    })
    .from(bundleIndex)
    .innerJoin(accounts, eq(accounts.id, bundleIndex.accountId))
    .where(
      and(
        isNull(bundleIndex.goneAt),
        isNotNull(bundleIndex.validUntil),
        eq(bundleIndex.needsAction, true),
        // A working copy is part of its original's update, not a deadline of its own.
        sql`not exists (select 1 from ${updateRequests} c where c.copy_sid = ${bundleIndex.sid})`,
        // An update the customer has submitted (or finished) for this deadline: nothing to remind.
        sql`not exists (select 1 from ${updateRequests} r
              where r.original_sid = ${bundleIndex.sid}
                and r.phase in (${sql.join(
                  DONE_PHASES.map((p) => sql`${p}`),
                  sql`, `,
                )})
                and (r.phase <> 'done' or r.updated_at >= coalesce(
                  (select min(e.occurred_at) from bundle_events e
                    where e.bundle_sid = ${bundleIndex.sid} and e.kind = 'deadline_set'
                      and e.key = to_char(${bundleIndex.validUntil} at time zone 'UTC',
                        'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
                  '-infinity'::timestamptz)))`,
      ),
    );

  const byAccount = new Map<string, typeof rows>();
  for (const r of rows) {
    if (!isReminderTime(now, r.timeZone)) continue;
    const list = byAccount.get(r.accountId) ?? [];
    list.push(r);
    byAccount.set(r.accountId, list);
  }
  const run: ReminderRun = { accounts: 0, reminders: 0, digests: 0 };
  for (const [accountId, list] of byAccount) {
    const wanted = list.flatMap((r) => {
      const threshold = thresholdFor(r.validUntil!, now, r.cadence);
      return threshold === null ? [] : [{ bundleSid: r.sid, validUntil: r.validUntil!, threshold }];
    });
    if (wanted.length === 0) continue;
    const ids = await db.transaction(async (tx) => {
      const taken = await takeMarks(tx, accountId, wanted);
      if (taken.length === 0) return [];
      const due = taken.map((m) => {
        const row = list.find((r) => r.sid === m.bundleSid)!;
        return {
          mark: m,
          bundle: {
            sid: row.sid,
            name: row.name,
            validUntil: m.validUntil.toISOString(),
            path: updatePath(row.sid),
          },
        };
      });
      const keys = due.map(
        (d) => `reminder:${d.bundle.sid}:${d.bundle.validUntil}:${d.mark.threshold}`,
      );
      if (due.length === 1) {
        run.reminders++;
        return queueNotices(tx, {
          accountId,
          key: keys[0]!,
          bundleSid: due[0]!.bundle.sid,
          payload: { kind: "reminder", bundle: due[0]!.bundle, threshold: due[0]!.mark.threshold },
          targetPath: due[0]!.bundle.path,
        });
      }
      run.digests++;
      return queueNotices(tx, {
        accountId,
        key: digestKey("digest", keys),
        payload: { kind: "digest", bundles: due.map((d) => d.bundle) },
        targetPath: "/bundles",
      });
    });
    if (ids.length) run.accounts++;
    await dispatchNotices(ids);
  }
  return run;
}
