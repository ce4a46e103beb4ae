import "server-only";
import { and, desc, eq, gt, sql } from "drizzle-orm";
import type { AccountContext, ActingContext } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record";
import { assertConsoleUser } from "@/lib/authz/assert";
import { getDb } from "@/lib/db";
import { accounts, auditEvents, impersonationSessions } from "@/lib/db/schema";
import { getAccountBundle } from "./bundles";

/**
 * "Ask support to fix this": the way forward where the portal cannot go on by itself (a Bundle
 * Twilio rejected can't be updated through a working copy, and the portal never edits an
 * original directly). The request is an audit event carrying the Bundle's context, listed on
 * support's Needs attention until someone opens support access to that account.
 */
export const HELP_REQUESTED = "customer.help_requested";
const OPEN_FOR_MS = 30 * 24 * 3600_000;

export interface HelpRequest {
  id: string;
  at: Date;
  accountId: string | null;
  accountName: string | null;
  bundleSid: string;
  bundleName: string;
  status: string;
  note: string;
  requestedBy: string;
}

type Row = typeof auditEvents.$inferSelect;

function toHelpRequest(row: Row, accountName: string | null): HelpRequest {
  const d = row.details;
  const text = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : "");
  return {
    id: row.id,
    at: row.occurredAt,
    accountId: row.accountId,
    accountName,
    bundleSid: row.targetSid ?? "",
    bundleName: text("bundleName"),
    status: text("status"),
    note: text("note"),
    requestedBy: text("requestedBy"),
  };
}

/** The account's open request about a Bundle (one a day is enough; support sees the first). */
export async function openHelpRequest(ctx: AccountContext, bundleSid: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.accountId, ctx.account.id),
        eq(auditEvents.action, HELP_REQUESTED),
        eq(auditEvents.targetSid, bundleSid),
        gt(auditEvents.occurredAt, new Date(Date.now() - OPEN_FOR_MS)),
      ),
    )
    .orderBy(desc(auditEvents.occurredAt))
    .limit(1);
  return row ? toHelpRequest(row, ctx.account.name) : null;
}

/** Asks support for help with one of the account's Bundles (checked to be the account's). */
export async function requestHelp(ctx: AccountContext, bundleSid: string, note: string) {
  const { bundle } = await getAccountBundle(ctx, bundleSid);
  const open = await openHelpRequest(ctx, bundle.sid);
  if (open && Date.now() - open.at.getTime() < 24 * 3600_000) return open;
  await recordAudit(ctx, {
    action: HELP_REQUESTED,
    targetSid: bundle.sid,
    details: {
      bundleName: bundle.friendlyName,
      status: bundle.status,
      validUntil: bundle.validUntil?.toISOString() ?? null,
      note,
      requestedBy: `${ctx.user.name} <${ctx.user.email}>`,
    },
  });
  return (await openHelpRequest(ctx, bundle.sid))!;
}

/**
 * For support: help requests of the last 30 days for which no support access to the account has
 * started since.
 */
export async function listHelpRequests(ctx: ActingContext): Promise<HelpRequest[]> {
  assertConsoleUser(ctx);
  const db = await getDb();
  const since = new Date(Date.now() - OPEN_FOR_MS);
  const rows = await db
    .select({ row: auditEvents, accountName: accounts.name })
    .from(auditEvents)
    .leftJoin(accounts, eq(accounts.id, auditEvents.accountId))
    .where(
      and(
        eq(auditEvents.action, HELP_REQUESTED),
        gt(auditEvents.occurredAt, since),
        sql`not exists (select 1 from ${impersonationSessions} s
              where s.account_id = ${auditEvents.accountId}
                and s.started_at > ${auditEvents.occurredAt})`,
      ),
    )
    .orderBy(desc(auditEvents.occurredAt))
    .limit(100);
  return rows.map((r) => toHelpRequest(r.row, r.accountName));
}
