import "server-only";
import { eq } from "drizzle-orm";
import { toImpersonation, type ActingContext, type Impersonation } from "@/lib/auth/context";
import { whyCannotStart } from "@/lib/authz/rules";
import { durationChoices, expiresAtFor, type EndReason } from "./rules";
import {
  endSession,
  insertSession,
  latestSession,
  setSessionMode,
} from "@/lib/impersonation/store";
import { getDb } from "@/lib/db";
import { accounts, memberships, users, type ImpersonationMode } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";
import { noticeSupportEnded, noticeSupportStarted } from "@/lib/dal/notifications";

/**
 * Starting, changing and ending impersonation sessions. The acting context (lib/auth/context.ts)
 * has already re-read the caller's role and ended any session that expired or lost its role, so
 * `ctx.impersonation` is the caller's one live session, if any.
 */

export async function startImpersonation(
  ctx: ActingContext,
  input: { accountId: string; reason: string; ticket: string | null; minutes: number },
): Promise<Impersonation> {
  const db = await getDb();
  const [account] = await db
    .select({ id: accounts.id, name: accounts.name, subaccountSid: accounts.twilioSubaccountSid })
    .from(accounts)
    .where(eq(accounts.id, input.accountId));
  const memberRoles = account
    ? (
        await db
          .select({ role: users.role })
          .from(memberships)
          .innerJoin(users, eq(users.id, memberships.userId))
          .where(eq(memberships.accountId, account.id))
      ).map((r) => r.role)
    : [];

  const refusal = whyCannotStart({
    staffRole: ctx.user.role,
    alreadyImpersonating: ctx.impersonation !== null,
    target: account ? { memberRoles } : null,
  });
  if (refusal) throw new AppError(refusal);
  if (!account) throw new AppError("not_found:account"); // narrowed above; keeps TS honest
  if (!durationChoices(env.isEmbedded).includes(input.minutes))
    throw new AppError("bad_request:input", "Choose one of the offered durations.", {
      messageKey: { key: "custom.durations" },
    });

  const startedAt = new Date();
  const row = await insertSession(db, {
    staffUserId: ctx.user.id,
    staffName: ctx.user.name,
    staffEmail: ctx.user.email,
    accountId: account.id,
    accountName: account.name,
    mode: "read_only",
    reason: input.reason,
    ticket: input.ticket,
    startedAt,
    expiresAt: expiresAtFor(startedAt, input.minutes),
  });
  // Another tab started one in the meantime: the partial unique index refused this one.
  if (!row) throw new AppError("conflict:impersonation_active");

  const impersonation = toImpersonation(row);
  await recordAudit(
    { ...ctx, account, impersonation },
    {
      action: "impersonation.started",
      details: { minutes: input.minutes, expiresAt: row.expiresAt.toISOString() },
    },
  );
  // The customer's contacts hear of it (issue 13): who, why, and where to see what they do.
  await noticeSupportStarted(row);
  return impersonation;
}

function requireSession(ctx: ActingContext): Impersonation {
  if (!ctx.impersonation) throw new AppError("not_found:impersonation");
  return ctx.impersonation;
}

/** Read-only ⇄ assist. The audit row carries the new mode; details say from what. */
export async function changeImpersonationMode(ctx: ActingContext, mode: ImpersonationMode) {
  const current = requireSession(ctx);
  if (current.mode === mode) return current;
  const row = await setSessionMode(await getDb(), current.id, mode);
  if (!row) throw new AppError("not_found:impersonation");
  const impersonation = { ...current, mode };
  await recordAudit(
    { ...ctx, impersonation },
    { action: "impersonation.mode_changed", details: { from: current.mode, to: mode } },
  );
  return impersonation;
}

/** Stop (or sign-out): ends the caller's session now, once, and audits it. */
export async function endImpersonation(
  ctx: ActingContext,
  reason: Extract<EndReason, "stopped" | "signed_out">,
): Promise<boolean> {
  if (!ctx.impersonation) return false;
  const ended = await endSession(await getDb(), ctx.impersonation.id, reason, new Date());
  if (!ended) return false;
  await recordAudit(ctx, {
    action: reason === "stopped" ? "impersonation.stopped" : "impersonation.ended",
    details: { endReason: reason },
  });
  await noticeSupportEnded(ended);
  return true;
}

/** The caller's latest session, for the console's "your last session" line. */
export async function lastSession(ctx: ActingContext) {
  return latestSession(await getDb(), ctx.user.id);
}
