import "server-only";
import { cache } from "react";
import { asc, eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/lib/db";
import { accounts, memberships, users, type UserRole } from "@/lib/db/schema";
import { auth } from "./index";

/** The cookie holding the chosen account id; only ever a hint, validated on every request. */
export const ACCOUNT_COOKIE = "portal-account";

export interface ActingContext {
  user: { id: string; email: string; name: string; role: UserRole };
  /** The account being acted for, or null when the user has no membership. */
  account: { id: string; name: string; subaccountSid: string } | null;
  /** Every account the user may switch to, by name. */
  accounts: Array<{ id: string; name: string }>;
  /** Reserved for support staff acting as an account (a later issue); always null for now. */
  impersonation: { id: string } | null;
}

export type AccountContext = ActingContext & { account: NonNullable<ActingContext["account"]> };

/**
 * THE one place that decides who is acting and for which account. Cached per request, so pages,
 * layouts and the DAL share one lookup. The JWT only proves identity: the user row (role
 * included) and memberships are re-read from the database each request, so a demotion or a
 * removed membership takes effect immediately.
 */
export const getActingContext = cache(async (): Promise<ActingContext | null> => {
  const session = await auth();
  const uid = session?.user?.id;
  if (!uid) return null;

  const db = await getDb();
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(eq(users.id, uid));
  if (!user) return null; // deleted since the JWT was issued

  const rows = await db
    .select({ id: accounts.id, name: accounts.name, subaccountSid: accounts.twilioSubaccountSid })
    .from(memberships)
    .innerJoin(accounts, eq(accounts.id, memberships.accountId))
    .where(eq(memberships.userId, uid))
    .orderBy(asc(accounts.name));

  const chosen = (await cookies()).get(ACCOUNT_COOKIE)?.value;
  const account = rows.find((a) => a.id === chosen) ?? rows[0] ?? null;

  return {
    user,
    account,
    accounts: rows.map(({ id, name }) => ({ id, name })),
    impersonation: null,
  };
});

/** For pages: the acting user, or a redirect to sign-in. */
export async function requireUser(): Promise<ActingContext> {
  const ctx = await getActingContext();
  if (!ctx) redirect("/login");
  return ctx;
}

/** For pages that show account data: a user with a current account, or the "no account" page. */
export async function requireAccount(): Promise<AccountContext> {
  const ctx = await requireUser();
  if (!ctx.account) redirect("/no-account");
  return ctx as AccountContext;
}

/**
 * For staff-only pages. Answers 404 rather than 403 so the page's existence is not advertised
 * (Next's forbidden() is still experimental).
 */
export async function requireRole(...roles: UserRole[]): Promise<ActingContext> {
  const ctx = await requireUser();
  if (!roles.includes(ctx.user.role)) notFound();
  return ctx;
}
