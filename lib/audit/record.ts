import "server-only";
import { getDb, type Database } from "@/lib/db";
import { auditEvents } from "@/lib/db/schema";
import { requestOrigin, type RequestOrigin } from "@/lib/http/request-origin";

/**
 * Who acted, as the audit log needs it: the acting context satisfies this (lib/auth/context.ts),
 * and nothing here depends on auth, so the writer sits below it with no import circle.
 */
export interface AuditActor {
  user: { id: string };
  account: { id: string } | null;
  impersonation: {
    id: string;
    mode: string;
    reason: string;
    ticket: string | null;
    staff: { id: string; name: string; email: string };
    account: { id: string; name: string };
  } | null;
  origin: RequestOrigin;
}

export interface AuditInput {
  /** Dotted verb, e.g. "account.switch", "bundle.copy". */
  action: string;
  targetSid?: string | null;
  /** Defaults to the current account; set when the action moves to another one (a switch). */
  accountId?: string | null;
  details?: Record<string, unknown>;
  /** When it happened, if not now (an expiry noticed on a later request is dated at its limit). */
  occurredAt?: Date;
}

/**
 * Records one mutating action by the acting user in the current account. Every server action
 * that changes something calls this; it throws if the write fails, so an action cannot succeed
 * unaudited.
 *
 * During an impersonation the row names the staff member as actor, the customer account as
 * account, links the session (impersonation_id) and also carries a copy of who, why and in
 * which mode (`details.impersonation`), so each event stays readable on its own even if a user
 * or the session row is ever removed (ServiceNow's and autumn-web's "attribute every write to
 * the real actor", product-anchors §4).
 */
export async function recordAudit(ctx: AuditActor, input: AuditInput): Promise<void> {
  const { origin } = ctx;
  const db = await getDb();
  const imp = ctx.impersonation;
  await db.insert(auditEvents).values({
    actorUserId: ctx.user.id,
    accountId: input.accountId !== undefined ? input.accountId : (ctx.account?.id ?? null),
    impersonationId: imp?.id ?? null,
    action: input.action,
    targetSid: input.targetSid ?? null,
    details: imp
      ? { ...input.details, impersonation: impersonationSnapshot(imp) }
      : (input.details ?? {}),
    ...(input.occurredAt ? { occurredAt: input.occurredAt } : {}),
    ip: origin.ip,
    userAgent: origin.userAgent,
  });
}

/** The part of an impersonation every audit row keeps (read back by lib/activity/describe.ts). */
function impersonationSnapshot(imp: NonNullable<AuditActor["impersonation"]>) {
  return {
    staff: { id: imp.staff.id, name: imp.staff.name, email: imp.staff.email },
    account: { id: imp.account.id, name: imp.account.name },
    reason: imp.reason,
    ticket: imp.ticket,
    mode: imp.mode,
  };
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

/**
 * What the portal does by itself (a background job), in the same log: no actor, the account it
 * concerns, and no request origin. `by: "twilio"` marks what Twilio decided and the portal only
 * learnt (a review's approval). `db`: a transaction, when the row must come with another write.
 */
export async function recordSystemAudit(
  input: {
    accountId: string;
    action: string;
    targetSid?: string | null;
    details?: Record<string, unknown>;
    by?: "portal" | "twilio";
  },
  db?: Database,
): Promise<void> {
  await (db ?? (await getDb())).insert(auditEvents).values({
    actorUserId: null,
    accountId: input.accountId,
    action: input.action,
    targetSid: input.targetSid ?? null,
    details: { ...input.details, by: input.by ?? "portal" },
  });
}
