import "server-only";
import { asc, count, eq } from "drizzle-orm";
import type { ActingContext } from "@/lib/auth/context";
import { getDb } from "@/lib/db";
import { memberships, users, type UserRole } from "@/lib/db/schema";
import { assertStaffAdmin } from "@/lib/authz/assert";
import { roleChangeRefusal } from "@/lib/authz/rules";
import { AppError } from "@/lib/errors";
import { revokeSessions } from "@/lib/auth/sessions";
import { recordAudit } from "@/lib/audit/record";

/**
 * Admins grant and revoke the support role. A revoked role ends that person's open impersonation
 * on their next request (lib/auth/context.ts re-reads the role every time).
 * Support is granted only to users outside every customer account: a staff member who is also
 * a member of an account would make it a staff account (never impersonated) and blur whose
 * actions the customer sees.
 */

export interface StaffListing {
  id: string;
  name: string;
  email: string;
  role: UserRole;
  accountCount: number;
}

/** Support and admin users, and users without any account (who could be granted support). */
export async function listStaffCandidates(ctx: ActingContext): Promise<StaffListing[]> {
  assertStaffAdmin(ctx);
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      accountCount: count(memberships.accountId),
    })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .groupBy(users.id)
    .orderBy(asc(users.email));
  return rows.filter((r) => r.role !== "customer" || r.accountCount === 0);
}

export async function changeSupportRole(
  ctx: ActingContext,
  input: { userId: string; role: "customer" | "support" },
): Promise<void> {
  assertStaffAdmin(ctx);
  const db = await getDb();
  const [target] = await db
    .select({ id: users.id, role: users.role, email: users.email })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!target) throw new AppError("not_found:user");
  if (target.role === input.role) return;
  const [linked] = await db
    .select({ n: count() })
    .from(memberships)
    .where(eq(memberships.userId, target.id));
  const refusal = roleChangeRefusal(
    ctx.user,
    { ...target, accountCount: linked?.n ?? 0 },
    input.role,
  );
  if (refusal) throw new AppError(refusal);
  await db.update(users).set({ role: input.role }).where(eq(users.id, target.id));
  // Their sessions end: the next sign-in starts with the new role from a clean slate.
  await revokeSessions(target.id);
  await recordAudit(ctx, {
    action: "user.role_changed",
    accountId: null,
    details: { userId: target.id, email: target.email, from: target.role, to: input.role },
  });
}
