import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import {
  bundleSidsOf,
  impersonationFromDetails,
  type ActivityEvent,
} from "@/lib/activity/describe";
import type { AccountContext } from "@/lib/auth/context";
import { getDb } from "@/lib/db";
import { auditEvents, bundleIndex, impersonationSessions, users } from "@/lib/db/schema";

export const ACTIVITY_PAGE_SIZE = 25;

/**
 * The friendly names of the Bundles some rows mention, from the portal's Bundle index in one
 * query (never a Twilio call per row), scoped to the account: rows recorded before they carried
 * the name read by it too.
 */
export async function bundleNamesFor(
  accountId: string,
  events: readonly Pick<ActivityEvent, "targetSid" | "details">[],
): Promise<Record<string, string>> {
  const sids = bundleSidsOf(events);
  if (sids.length === 0) return {};
  const db = await getDb();
  const rows = await db
    .select({ sid: bundleIndex.sid, name: bundleIndex.friendlyName })
    .from(bundleIndex)
    .where(and(eq(bundleIndex.accountId, accountId), inArray(bundleIndex.sid, sids)));
  return Object.fromEntries(rows.filter((r) => r.name).map((r) => [r.sid, r.name]));
}

/**
 * Everything recorded on the current account, newest first, support access included: the actor,
 * and for impersonated events the session's staff member, reason, ticket and mode. Scoped by
 * account id in the query itself.
 */
export async function listAccountActivity(
  ctx: AccountContext,
  page: number,
): Promise<{ events: ActivityEvent[]; page: number; hasNext: boolean }> {
  const current = Math.max(1, Math.trunc(page) || 1);
  const db = await getDb();
  const actor = alias(users, "actor");
  const rows = await db
    .select({
      event: auditEvents,
      actor: { id: actor.id, name: actor.name, role: actor.role },
      session: {
        staffName: impersonationSessions.staffName,
        reason: impersonationSessions.reason,
        ticket: impersonationSessions.ticket,
        mode: impersonationSessions.mode,
      },
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorUserId))
    .leftJoin(impersonationSessions, eq(impersonationSessions.id, auditEvents.impersonationId))
    .where(eq(auditEvents.accountId, ctx.account.id))
    .orderBy(desc(auditEvents.occurredAt), desc(auditEvents.id))
    .limit(ACTIVITY_PAGE_SIZE + 1)
    .offset((current - 1) * ACTIVITY_PAGE_SIZE);

  const shown = rows.slice(0, ACTIVITY_PAGE_SIZE);
  const bundleNames = await bundleNamesFor(
    ctx.account.id,
    shown.map((r) => r.event),
  );
  const events = shown.map(({ event, actor, session }) => {
    const fromDetails = impersonationFromDetails(event.details);
    return {
      id: event.id,
      occurredAt: event.occurredAt,
      action: event.action,
      targetSid: event.targetSid,
      details: event.details,
      actor: actor?.id ? actor : null,
      bundleNames,
      impersonation:
        event.impersonationId && session?.staffName
          ? {
              ...session,
              // The mode at the time of the event, not the session's latest one.
              mode: fromDetails?.mode ?? session.mode,
            }
          : fromDetails,
    } satisfies ActivityEvent;
  });
  return { events, page: current, hasNext: rows.length > ACTIVITY_PAGE_SIZE };
}
