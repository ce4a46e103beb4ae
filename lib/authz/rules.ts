/**
 * THE one place that decides who may do what: roles, account scope, impersonation modes. Pure
 * (no database, no `server-only`), so the same decisions serve pages, actions, the data layer
 * and client components, and are unit-tested. lib/authz/require.ts applies them to a request;
 * nothing else checks a role or a mode itself.
 */
import type { ImpersonationMode, UserRole } from "@/lib/db/schema";

/** Roles that may use the support console and start an impersonation. */
export const STAFF_ROLES: readonly UserRole[] = ["support", "admin"];

export function isStaffRole(role: UserRole): boolean {
  return STAFF_ROLES.includes(role);
}

/** What an open, unexpired session lets the staff member do to the account's data. */
export function modeAllowsChanges(mode: ImpersonationMode): boolean {
  return mode === "assist";
}

/**
 * Why the acting context may not run an account action (lib/actions/safe-action.ts), or null
 * when it may: staff without a session have no account; a read-only session changes nothing.
 */
export function accountActionRefusal(ctx: {
  user: { role: UserRole };
  account: object | null;
  impersonation: { mode: ImpersonationMode } | null;
}):
  "no_account:account" | "forbidden:no_impersonation" | "forbidden:read_only_impersonation" | null {
  if (!ctx.account)
    return isStaffRole(ctx.user.role) ? "forbidden:no_impersonation" : "no_account:account";
  if (ctx.impersonation && !modeAllowsChanges(ctx.impersonation.mode))
    return "forbidden:read_only_impersonation";
  // Staff with an account but no session cannot exist (the context never gives them one).
  if (isStaffRole(ctx.user.role) && !ctx.impersonation) return "forbidden:no_impersonation";
  return null;
}

/** Why an impersonation may not start, as an error code, or null when it may. */
export type StartRefusal =
  | "forbidden:role"
  | "conflict:impersonation_active"
  | "forbidden:impersonate_staff"
  | "not_found:account";

export function whyCannotStart(input: {
  staffRole: UserRole;
  /** The staff member already has an open, unexpired session. */
  alreadyImpersonating: boolean;
  /** Null when the account does not exist. */
  target: { memberRoles: UserRole[] } | null;
}): StartRefusal | null {
  if (!isStaffRole(input.staffRole)) return "forbidden:role";
  if (input.alreadyImpersonating) return "conflict:impersonation_active";
  if (!input.target) return "not_found:account";
  // An account any staff member belongs to is a staff account: acting as it would borrow
  // another staff member's standing (better-auth's and Makerkit's "never impersonate admins").
  if (input.target.memberRoles.some(isStaffRole)) return "forbidden:impersonate_staff";
  return null;
}

/** The support console, and impersonation through it. */
export function mayUseConsole(user: { role: UserRole }): boolean {
  return isStaffRole(user.role);
}

/** Granting and revoking the support role. */
export function mayManageStaff(user: { role: UserRole }): boolean {
  return user.role === "admin";
}

/**
 * Why `actor` may not move `target` between customer and support, or null when they may: only
 * admins do it, never to themselves, never to another admin, and support is granted only to
 * users outside every customer account (a staff member inside one would make it a staff account).
 */
export function roleChangeRefusal(
  actor: { id: string; role: UserRole },
  target: { id: string; role: UserRole; accountCount: number },
  to: "customer" | "support",
): "forbidden:role" | "forbidden:own_role" | "forbidden:member_of_account" | null {
  if (!mayManageStaff(actor)) return "forbidden:role";
  if (target.id === actor.id) return "forbidden:own_role";
  if (target.role === "admin") return "forbidden:role";
  if (to === "support" && target.accountCount > 0) return "forbidden:member_of_account";
  return null;
}
