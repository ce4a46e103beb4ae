import "server-only";
import { headers } from "next/headers";
import { getDb } from "@/lib/db";
import { auditEvents } from "@/lib/db/schema";
import type { ActingContext } from "@/lib/auth/context";

export interface AuditInput {
  /** Dotted verb, e.g. "account.switch", "bundle.copy". */
  action: string;
  targetSid?: string | null;
  /** Defaults to the current account; set when the action moves to another one (a switch). */
  accountId?: string | null;
  details?: Record<string, unknown>;
}

/** Who is calling from where, as far as the request tells us. */
async function requestOrigin() {
  const h = await headers();
  // next start fills x-forwarded-for with the socket address when no proxy set it; behind a
  // proxy the first entry is the client.
  const ip = h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || null;
  return { ip, userAgent: h.get("user-agent")?.slice(0, 512) ?? null };
}

/**
 * Records one mutating action by the acting user in the current account. Every server action
 * that changes something calls this; it throws if the write fails, so an action cannot succeed
 * unaudited.
 */
export async function recordAudit(ctx: ActingContext, input: AuditInput): Promise<void> {
  const origin = await requestOrigin();
  const db = await getDb();
  await db.insert(auditEvents).values({
    actorUserId: ctx.user.id,
    accountId: input.accountId !== undefined ? input.accountId : (ctx.account?.id ?? null),
    impersonationId: ctx.impersonation?.id ?? null,
    action: input.action,
    targetSid: input.targetSid ?? null,
    details: input.details ?? {},
    ...origin,
  });
}

/** Sign-in events happen before there is an acting context, so they name the actor directly. */
export async function recordAuthEvent(input: {
  actorUserId: string | null;
  action: string;
  details?: Record<string, unknown>;
}): Promise<void> {
  const origin = await requestOrigin();
  const db = await getDb();
  await db.insert(auditEvents).values({
    actorUserId: input.actorUserId,
    action: input.action,
    details: input.details ?? {},
    ...origin,
  });
}
