"use server";

import { revalidatePath } from "next/cache";
import { accountAction } from "@/lib/actions/safe-action";
import { ok, type ActionResult } from "@/lib/actions/result";
import { newAddressInput, saveGroupInput, updateStepInput } from "@/lib/actions/schemas/update";
import type { AddressOption } from "@/lib/requirements";
import {
  cancelUpdate,
  checkUpdate,
  createUpdateAddress,
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

const startAction = accountAction(updateStepInput, async ({ originalSid }, ctx) => {
  const { row } = await startUpdate(ctx, originalSid);
  refresh(originalSid);
  return ok({ phase: row.phase });
});

const saveAction = accountAction(saveGroupInput, async (input, ctx) => {
  const outcome = await saveGroup(ctx, input);
  if (!outcome.saved)
    return {
      ok: false as const,
      code: "bad_request:input" as const,
      message: outcome.fieldErrors._form?.[0] ?? "Some fields need your attention.",
      fieldErrors: outcome.fieldErrors,
    };
  refresh(input.originalSid);
  return ok({ groupId: input.groupId });
});

const addressAction = accountAction(newAddressInput, async ({ originalSid, ...address }, ctx) =>
  ok(await createUpdateAddress(ctx, originalSid, address)),
);

const checkAction = accountAction(updateStepInput, async ({ originalSid }, ctx) => {
  const result = await checkUpdate(ctx, originalSid);
  refresh(originalSid);
  return ok(result);
});

const submitAction = accountAction(updateStepInput, async ({ originalSid }, ctx) => {
  const result = await submitUpdate(ctx, originalSid);
  refresh(originalSid);
  return ok(result);
});

const finishAction = accountAction(updateStepInput, async ({ originalSid }, ctx) => {
  const result = await finishUpdate(ctx, originalSid);
  refresh(originalSid);
  return ok(result);
});

const cancelAction = accountAction(updateStepInput, async ({ originalSid }, ctx) => {
  await cancelUpdate(ctx, originalSid);
  refresh(originalSid);
  return ok(undefined);
});

// Server action modules may export only async functions.
export async function startUpdateAction(input: { originalSid: string }) {
  return startAction(input);
}
export async function saveGroupAction(data: FormData): Promise<ActionResult<{ groupId: string }>> {
  return saveAction(data);
}
export async function createAddressAction(input: unknown): Promise<ActionResult<AddressOption>> {
  return addressAction(input);
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
