"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { userAction } from "@/lib/actions/safe-action";
import { fail, ok, type ActionResult } from "@/lib/actions/result";
import {
  changeModeInput,
  changeRoleInput,
  startImpersonationInput,
} from "@/lib/actions/schemas/impersonation";
import { mayUseConsole } from "@/lib/authz/rules";
import {
  changeImpersonationMode,
  endImpersonation,
  startImpersonation,
} from "@/lib/impersonation/sessions";
import { refreshConsoleCounts } from "@/lib/support/console";
import { changeSupportRole } from "@/lib/support/staff";

/**
 * The support console's actions. They act on the impersonation itself (not on an account's
 * data), so they are userActions; the DAL re-checks the role, and the acting context has already
 * ended any session that expired or lost its role.
 */

const start = userAction<typeof startImpersonationInput, never>(
  startImpersonationInput,
  async (input, ctx) => {
    await startImpersonation(ctx, input);
    // Layouts (the banner, the header) survive client-side navigations: make them re-render.
    revalidatePath("/", "layout");
    // Read-only by default: the staff member now sees the customer's worklist as they do.
    redirect("/bundles");
  },
);

const stopInput = z.object({});
const stop = userAction<typeof stopInput, never>(stopInput, async (_input, ctx) => {
  if (!mayUseConsole(ctx.user)) return fail("forbidden:role");
  await endImpersonation(ctx, "stopped");
  revalidatePath("/", "layout");
  redirect("/support");
});

const changeMode = userAction(changeModeInput, async ({ mode }, ctx) => {
  const session = await changeImpersonationMode(ctx, mode);
  revalidatePath("/", "layout");
  return ok({ mode: session.mode });
});

const refreshConsole = userAction(
  z.object({ q: z.string().max(200).optional() }),
  async ({ q }, ctx) => {
    await refreshConsoleCounts(ctx, q);
    redirect(`/support?${new URLSearchParams({ ...(q ? { q } : {}), refreshing: "1" })}`);
  },
);

const changeRole = userAction(changeRoleInput, async (input, ctx) => {
  await changeSupportRole(ctx, input);
  revalidatePath("/support/staff");
  return ok(undefined);
});

// Server action modules may export only async functions.
export async function startImpersonationAction(input: unknown): Promise<ActionResult<never>> {
  return start(input);
}
export async function stopImpersonationAction(formData: FormData): Promise<void> {
  const result = await stop(formData);
  // Reached only on failure (success redirects): a customer posting here, say.
  if (!result.ok) redirect("/bundles");
}
export async function changeModeAction(
  _prev: ActionResult<{ mode: string }> | null,
  formData: FormData,
): Promise<ActionResult<{ mode: string }>> {
  return changeMode(formData);
}
export async function refreshConsoleAction(formData: FormData): Promise<void> {
  await refreshConsole(formData);
}
export async function changeRoleAction(
  _prev: ActionResult<undefined> | null,
  formData: FormData,
): Promise<ActionResult<undefined>> {
  return changeRole(formData);
}
