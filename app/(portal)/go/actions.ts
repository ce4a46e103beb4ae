"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/safe-action";
import type { ActionResult } from "@/lib/actions/result";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { switchAccount } from "@/lib/dal/accounts";

const goInput = z.object({ accountId: z.uuid(), to: z.string().max(2048) });

/** Switches to the mail's account (the DAL checks membership and audits), then opens the page. */
const go = userAction<typeof goInput, never>(goInput, async ({ accountId, to }, ctx) => {
  await switchAccount(ctx, accountId);
  redirect(safeCallbackPath(to, null));
});

export async function goToAccountAction(
  _prev: ActionResult<never> | null,
  formData: FormData,
): Promise<ActionResult<never> | null> {
  return go(formData);
}
