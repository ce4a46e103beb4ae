import "server-only";
import { cache } from "react";
import { asc, eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db";
import {
  accounts,
  memberships,
  users,
  type ImpersonationMode,
  type ImpersonationSessionRow,
  type UserRole,
} from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { auth } from "./index";
import { requestOrigin, type RequestOrigin } from "@/lib/http/request-origin";
import { tokenVersion } from "./sessions";

const sessionUser = (session: unknown) =>
  ((session as { user?: { sv?: unknown } } | null)?.user ?? {}) as { sv?: unknown };
import { isStaffRole } from "@/lib/authz/rules";
import { whyEnded } from "@/lib/impersonation/rules";
import { endSession, findOpenSession } from "@/lib/impersonation/store";
import { noticeSupportEnded } from "@/lib/dal/notifications";

/** The cookie holding the chosen account id; only ever a hint, validated on every request. */
export const ACCOUNT_COOKIE = "portal-account";

export interface ActingContext {
  user: { id: string; email: string; name: string; role: UserRole; locale?: string | null };
  /** The account being acted for, or null when the user has no membership. */
  account: { id: string; name: string; subaccountSid: string } | null;
  /** Every account the user may switch to, by name. */
  accounts: Array<{ id: string; name: string }>;
  /** Set while a support staff member acts as `account` through an open impersonation session. */
  impersonation: Impersonation | null;
  /** Where the request came from, for the audit log. */
  origin: RequestOrigin;
}

export interface Impersonation {
  id: string;
  mode: ImpersonationMode;
  reason: string;
  ticket: string | null;
  startedAt: Date;
  expiresAt: Date;
  staff: { id: string; name: string; email: string };
  account: { id: string; name: string };
}

/** An impersonation as the app carries it, from its session row (names as recorded then). */
export function toImpersonation(
  session: ImpersonationSessionRow,
  accountName: string = session.accountName,
): Impersonation {
  return {
    id: session.id,
    mode: session.mode,
    reason: session.reason,
    ticket: session.ticket,
    startedAt: session.startedAt,
    expiresAt: session.expiresAt,
    staff: { id: session.staffUserId, name: session.staffName, email: session.staffEmail },
    account: { id: session.accountId, name: accountName },
  };
}

export type AccountContext = ActingContext & { account: NonNullable<ActingContext["account"]> };

/**
 * THE one place that decides who is acting and for which account. Cached per request, so pages,
 * layouts and the DAL share one lookup. The JWT only proves identity: the user row (role
 * included) and memberships are re-read from the database each request, so a demotion or a
 * removed membership takes effect immediately.
 *
 * Support staff (support/admin) never act through memberships: their account is the one of
 * their open impersonation session, or none. A session counts only while it is open, unexpired
 * and its staff member still holds a staff role; otherwise this request ends it (and audits why)
 * and the staff member is back to no account.
 */
export const getActingContext = cache(async (): Promise<ActingContext | null> => {
  const session = await auth();
  const uid = session?.user?.id;
  if (!uid) return null;

  const db = await getDb();
  // All three depend only on the user id: one round of queries, not three in a row.
  const [[userRow], open, rows, origin] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        locale: users.locale,
        sessionVersion: users.sessionVersion,
      })
      .from(users)
      .where(eq(users.id, uid)),
    findOpenSession(db, uid),
    db
      .select({
        id: accounts.id,
        name: accounts.name,
        subaccountSid: accounts.twilioSubaccountSid,
      })
      .from(memberships)
      .innerJoin(accounts, eq(accounts.id, memberships.accountId))
      .where(eq(memberships.userId, uid))
      .orderBy(asc(accounts.name)),
    requestOrigin(),
  ]);
  if (!userRow) return null; // deleted since the JWT was issued
  const { sessionVersion, ...user } = userRow;
  const impersonated = open ? await resolveImpersonation(db, user, open, origin) : null;
  // The session was ended (sign-out, a role change): this JWT no longer counts. An impersonation
  // left open by a revoked role was ended above, as on any request.
  if (sessionVersion !== tokenVersion(sessionUser(session).sv)) return null;
  if (isStaffRole(user.role)) {
    return {
      user,
      account: impersonated?.account ?? null,
      accounts: [],
      impersonation: impersonated?.impersonation ?? null,
      origin,
    };
  }

  const chosen = (await cookies()).get(ACCOUNT_COOKIE)?.value;
  const account = rows.find((a) => a.id === chosen) ?? rows[0] ?? null;

  return {
    user,
    account,
    accounts: rows.map(({ id, name }) => ({ id, name })),
    impersonation: null,
    origin,
  };
});

type Db = Awaited<ReturnType<typeof getDb>>;
type ContextUser = ActingContext["user"];

/**
 * The user's open impersonation session, if it still counts. Looked up on every request for
 * everyone, so that a role revoked while a session is open ends that session on the very next
 * request (trigger.dev's fix, product-anchors §4).
 */
async function resolveImpersonation(
  db: Db,
  user: ContextUser,
  open: NonNullable<Awaited<ReturnType<typeof findOpenSession>>>,
  origin: RequestOrigin,
): Promise<{ account: AccountContext["account"]; impersonation: Impersonation } | null> {
  const { session, account } = open;
  const now = new Date();
  const impersonation = toImpersonation(session, account?.name);

  const ended = account ? whyEnded(session, user.role, now) : "account_removed";
  if (!ended) return account ? { account, impersonation } : null;

  // Dated at the limit when it ran out, so the customer's activity shows when access really ended.
  const endedAt = ended === "expired" ? session.expiresAt : now;
  const closed = await endSession(db, session.id, ended, endedAt);
  if (closed) {
    await recordAudit(
      { user, account: account ?? null, impersonation, origin },
      {
        action: ended === "expired" ? "impersonation.expired" : "impersonation.ended",
        accountId: session.accountId,
        occurredAt: endedAt,
        details: { endReason: ended },
      },
    );
    if (account) await noticeSupportEnded(closed);
  }
  return null;
}
