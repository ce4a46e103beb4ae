"use server";

import { revalidatePath } from "next/cache";
import { accountAction } from "@/lib/actions/safe-action";
import { ok, type ActionResult } from "@/lib/actions/result";
import { helpRequestInput } from "@/lib/actions/schemas/help";
import { requestHelp } from "@/lib/dal/help-requests";

const helpAction = accountAction(helpRequestInput, async ({ bundleSid, note }, ctx) => {
  const request = await requestHelp(ctx, bundleSid, note);
  revalidatePath(`/bundles/${bundleSid}`);
  revalidatePath(`/bundles/${bundleSid}/update`);
  return ok({ at: request.at.toISOString() });
});

export async function requestHelpAction(
  _previous: ActionResult<{ at: string }> | null,
  data: FormData,
): Promise<ActionResult<{ at: string }>> {
  return helpAction(data);
}
