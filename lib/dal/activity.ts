import "server-only";
import { desc, eq } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { impersonationFromDetails, type ActivityEvent } from "@/lib/activity/describe";
import type { AccountContext } from "@/lib/auth/context";
import { getDb } from "@/lib/db";
import { auditEvents, impersonationSessions, users } from "@/lib/db/schema";

export const ACTIVITY_PAGE_SIZE = 25;

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

  const events = rows.slice(0, ACTIVITY_PAGE_SIZE).map(({ event, actor, session }) => {
    const fromDetails = impersonationFromDetails(event.details);
    return {
      id: event.id,
      occurredAt: event.occurredAt,
      action: event.action,
      targetSid: event.targetSid,
      details: event.details,
      actor: actor?.id ? actor : null,
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
