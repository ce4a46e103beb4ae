import "server-only";
import { notFound, redirect } from "next/navigation";
import { getActingContext, type AccountContext, type ActingContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { isStaffRole, mayManageStaff, mayUseConsole } from "./rules";

/**
 * The decisions of rules.ts applied to the current request: guards for pages (redirect or 404)
 * and for the data layer (throw). Pages, actions and the data layer call these; none checks a
 * role itself.
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

/** For the data layer: the support console's reads and actions. */
export function assertConsoleUser(ctx: ActingContext): void {
  if (!mayUseConsole(ctx.user)) throw new AppError("forbidden:role");
}

/** For the data layer: granting and revoking the support role. */
export function assertStaffAdmin(ctx: ActingContext): void {
  if (!mayManageStaff(ctx.user)) throw new AppError("forbidden:role");
}
