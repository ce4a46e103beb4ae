"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { accountAction } from "@/lib/actions/safe-action";
import { invalidFields, ok, type ActionResult } from "@/lib/actions/result";
import type { AccountContext } from "@/lib/auth/context";
import { saveGroupInput, updateStepInput } from "@/lib/actions/schemas/update";
import {
  cancelUpdate,
  checkUpdate,
  finishUpdate,
  saveGroup,
  startUpdate,
  submitUpdate,
} from "@/lib/dal/update-requests";

/**
 * The update wizard's steps. Each is parse → require account → one DAL call (which authorizes,
 * guards, calls Twilio and audits) → one result shape. The page re-reads Twilio afterwards.
 */
const refresh = (sid: string) => revalidatePath(`/bundles/${sid}/update`);

/** A step that takes only the Bundle: run it, then re-render the page. */
const step = <T>(run: (ctx: AccountContext, originalSid: string) => Promise<T>) =>
  accountAction(updateStepInput, async ({ originalSid }, ctx) => {
    const result = await run(ctx, originalSid);
    refresh(originalSid);
    return ok(result);
  });

const startAction = step(async (ctx, sid) => ({ phase: (await startUpdate(ctx, sid)).row.phase }));
const checkAction = step(checkUpdate);
const submitAction = step(submitUpdate);
const finishAction = step(finishUpdate);
const cancelAction = step(async (ctx, sid) => {
  await cancelUpdate(ctx, sid);
});

const saveAction = accountAction(saveGroupInput, async (input, ctx) => {
  const outcome = await saveGroup(ctx, input, { locale: await getLocale() });
  if (!outcome.saved) return invalidFields(outcome.fieldErrors);
  refresh(input.originalSid);
  return ok({ groupId: input.groupId });
});

// Server action modules may export only async functions.
export async function startUpdateAction(input: { originalSid: string }) {
  return startAction(input);
}
export async function saveGroupAction(data: FormData): Promise<ActionResult<{ groupId: string }>> {
  return saveAction(data);
}
export async function checkUpdateAction(input: { originalSid: string }) {
  return checkAction(input);
}
export async function submitUpdateAction(input: { originalSid: string }) {
  return submitAction(input);
}
export async function finishUpdateAction(input: { originalSid: string }) {
  return finishAction(input);
}
export async function cancelUpdateAction(input: { originalSid: string }) {
  return cancelAction(input);
}
