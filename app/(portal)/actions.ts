"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { signOut } from "@/lib/auth";
import { revokeSessions } from "@/lib/auth/sessions";
import { getActingContext } from "@/lib/auth/context";
import { userAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { switchAccount } from "@/lib/dal/accounts";
import { recordAudit } from "@/lib/audit/record";
import { endImpersonation } from "@/lib/impersonation/sessions";

const switchAccountSchema = z.object({ accountId: z.uuid("Choose an account.") });

/** Account switcher: the DAL checks membership, sets the cookie and audits. */
const switchAccountAction = userAction<typeof switchAccountSchema, never>(
  switchAccountSchema,
  async ({ accountId }, ctx) => {
    await switchAccount(ctx, accountId);
    // The page on screen may show the previous account's data: start from its worklist.
    redirect("/bundles");
  },
);

export async function switchAccountFormAction(
  _prev: ActionResult<never> | null,
  formData: FormData,
): Promise<ActionResult<never> | null> {
  return switchAccountAction(formData);
}

export async function signOutAction(): Promise<void> {
  const ctx = await getActingContext();
  // Signing out ends support access too: it never outlives the staff member's own session.
  if (ctx?.impersonation) await endImpersonation(ctx, "signed_out");
  else if (ctx) await recordAudit(ctx, { action: "auth.sign_out" });
  // The cookie is deleted below; revoking makes a copy of it worthless too.
  if (ctx) await revokeSessions(ctx.user.id);
  await signOut({ redirectTo: "/login" });
}
