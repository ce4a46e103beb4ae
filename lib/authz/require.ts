import "server-only";
import { notFound, redirect } from "next/navigation";
import { getActingContext, type AccountContext, type ActingContext } from "@/lib/auth/context";
import { isStaffRole, mayManageStaff, mayUseConsole } from "./rules";

/**
 * The decisions of rules.ts applied to a page request: a redirect or a 404. The data layer's
 * guards (which throw) are in assert.ts, free of Next's navigation helpers.
 */

/** For pages: the acting user, or a redirect to sign-in. */
export async function requireUser(): Promise<ActingContext> {
  const ctx = await getActingContext();
  if (!ctx) redirect("/login");
  return ctx;
}

/**
 * For pages that show account data: a user with a current account. Without one, customers go to
 * the "no account" page and support staff to their console (which also says why a session ended).
 */
export async function requireAccount(): Promise<AccountContext> {
  const ctx = await requireUser();
  if (!ctx.account) redirect(isStaffRole(ctx.user.role) ? "/support" : "/no-account");
  return ctx as AccountContext;
}

/**
 * For staff-only pages. Answers 404 rather than 403 so the page's existence is not advertised
 * (Next's forbidden() is still experimental).
 */
export async function requireConsolePage(): Promise<ActingContext> {
  const ctx = await requireUser();
  if (!mayUseConsole(ctx.user)) notFound();
  return ctx;
}

export async function requireStaffAdminPage(): Promise<ActingContext> {
  const ctx = await requireUser();
  if (!mayManageStaff(ctx.user)) notFound();
  return ctx;
}
