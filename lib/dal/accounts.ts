import "server-only";
import { cookies } from "next/headers";
import { ACCOUNT_COOKIE, type ActingContext } from "@/lib/auth/context";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record";

/**
 * Makes `accountId` the current account, if and only if the user is a member of it. The cookie
 * is just a preference: getActingContext() re-validates it against memberships on every request.
 */
export async function switchAccount(ctx: ActingContext, accountId: string) {
  const target = ctx.accounts.find((a) => a.id === accountId);
  // Same answer for "does not exist" and "not yours": ids of other tenants never leak.
  if (!target) throw new AppError("forbidden:account");

  (await cookies()).set(ACCOUNT_COOKIE, target.id, {
    httpOnly: true,
    sameSite: "lax",
    secure: env.PUBLIC_BASE_URL.startsWith("https://"),
    path: "/",
    maxAge: 60 * 60 * 24 * 365,
  });
  await recordAudit(ctx, {
    action: "account.switch",
    accountId: target.id,
    details: { fromAccountId: ctx.account?.id ?? null, toAccountId: target.id },
  });
  return target;
}
