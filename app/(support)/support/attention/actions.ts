"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction } from "@/lib/actions/safe-action";
import { ok, type ActionResult } from "@/lib/actions/result";
import { retryFailedJob, retryNotice, retryRequest, retrySweep } from "@/lib/support/attention";

/** Needs attention's retry buttons: parse → staff check (in the data layer) → retry → re-render. */
const retryInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("job"), name: z.string().max(50), id: z.uuid() }),
  z.object({ kind: z.literal("sweep"), accountId: z.uuid() }),
  z.object({ kind: z.literal("request"), requestId: z.uuid() }),
  z.object({ kind: z.literal("notice"), noticeId: z.uuid() }),
]);

const retry = userAction(retryInput, async (input, ctx) => {
  if (input.kind === "job") await retryFailedJob(ctx, input.name, input.id);
  else if (input.kind === "sweep") await retrySweep(ctx, input.accountId);
  else if (input.kind === "notice") await retryNotice(ctx, input.noticeId);
  else await retryRequest(ctx, input.requestId);
  revalidatePath("/support/attention");
  return ok(undefined);
});

export async function retryAction(
  _prev: ActionResult<undefined> | null,
  formData: FormData,
): Promise<ActionResult<undefined>> {
  return retry(formData);
}
