import "server-only";
import { and, asc, eq, isNotNull } from "drizzle-orm";
import { describeActivity, impersonationFromDetails } from "@/lib/activity/describe";
import { translatorFor } from "@/lib/i18n/translator";
import { getDb, type Database } from "@/lib/db";
import { bundleNamesFor } from "@/lib/dal/activity";
import {
  auditEvents,
  bundleIndex,
  type ImpersonationSessionRow,
  type UpdateRequestRow,
} from "@/lib/db/schema";
import { bundlePath, updatePath } from "@/lib/notifications/kinds";
import { notify, queueNotices } from "./queue";

/** The notices the update request's own transitions send: rejected by Twilio, and up to date. */
export async function queueRequestNotices(
  db: Database,
  before: UpdateRequestRow,
  after: UpdateRequestRow,
): Promise<string[]> {
  const rejected =
    after.phase === "rejected" &&
    (before.phase !== "rejected" || before.reviewRound !== after.reviewRound);
  const done = after.phase === "done" && before.phase !== "done";
  if (!rejected && !done) return [];
  const [indexed] = await db
    .select({ name: bundleIndex.friendlyName, validUntil: bundleIndex.validUntil })
    .from(bundleIndex)
    .where(eq(bundleIndex.sid, after.originalSid));
  const bundle = {
    sid: after.originalSid,
    name: indexed?.name ?? after.originalSid,
    validUntil: indexed?.validUntil?.toISOString() ?? null,
  };
  if (rejected) {
    const reasons = ((after.rejection as { reasons?: unknown } | null)?.reasons ?? []) as unknown[];
    return queueNotices(db, {
      accountId: after.accountId,
      key: `rejected:${after.id}:${after.reviewRound}`,
      bundleSid: after.originalSid,
      payload: {
        kind: "rejected",
        bundle: { ...bundle, path: updatePath(after.originalSid) },
        reasons: reasons.filter((r): r is string => typeof r === "string" && r.trim() !== ""),
      },
      targetPath: updatePath(after.originalSid),
    });
  }
  return queueNotices(db, {
    accountId: after.accountId,
    key: `up_to_date:${after.id}`,
    bundleSid: after.originalSid,
    payload: { kind: "up_to_date", bundle: { ...bundle, path: bundlePath(after.originalSid) } },
    targetPath: bundlePath(after.originalSid),
  });
}

/** "Support is helping with your account": once per session, to contacts who want support notices. */
export async function noticeSupportStarted(session: ImpersonationSessionRow): Promise<void> {
  await notify({
    accountId: session.accountId,
    key: `support_started:${session.id}`,
    payload: {
      kind: "support_access_started",
      staffName: session.staffName,
      reason: session.reason,
      ticket: session.ticket,
      startedAt: session.startedAt.toISOString(),
    },
    targetPath: "/activity",
  });
}

/**
 * "Support finished": once per session (whoever ended it: a stop, sign-out, expiry or a revoked
 * role), with what was done, as the Activity page words it.
 */
export async function noticeSupportEnded(session: ImpersonationSessionRow): Promise<void> {
  const db = await getDb();
  const events = await db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.impersonationId, session.id), isNotNull(auditEvents.action)))
    .orderBy(asc(auditEvents.occurredAt));
  const done = events.filter((e) => !e.action.startsWith("impersonation."));
  const bundleNames = await bundleNamesFor(session.accountId, done);
  // The Activity page's words (issue 16); English until the notices choose a language per contact.
  const t = await translatorFor("en", "Activity");
  const actions = done
    .map((e) => {
      const line = describeActivity(
        {
          id: e.id,
          occurredAt: e.occurredAt,
          action: e.action,
          targetSid: e.targetSid,
          details: e.details,
          actor: null,
          impersonation: impersonationFromDetails(e.details),
          bundleNames,
        },
        t,
      );
      return line.bundle ? `${line.what} (${line.bundle})` : line.what;
    })
    .slice(0, 30);
  await notify({
    accountId: session.accountId,
    key: `support_ended:${session.id}`,
    payload: {
      kind: "support_access_ended",
      staffName: session.staffName,
      startedAt: session.startedAt.toISOString(),
      endedAt: (session.endedAt ?? new Date()).toISOString(),
      actions,
    },
    targetPath: "/activity",
  });
}
