import "server-only";
import { unstable_rethrow } from "next/navigation";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { getActingContext, type AccountContext, type ActingContext } from "@/lib/auth/context";
import { accountActionRefusal } from "@/lib/authz/rules";
import { AppError, ERRORS, defaultKey } from "@/lib/errors";
import { localizeMessage, localizeResultMessage } from "@/lib/i18n/errors";
import { translateFieldErrors, translateKeyed } from "@/lib/i18n/keyed";
import { fail, invalidInput, type ActionResult } from "./result";

/**
 * The wrapper chain every server action goes through (dub's safe-action, saas-starter's
 * validatedActionWithUser): parse the input with zod → require a signed-in user → (optionally)
 * require a current account → run → map any thrown error to the one result shape.
 * Actions authorize themselves even when their page already did: a server action is a public
 * POST endpoint.
 */
type Handler<S extends z.ZodType, C, T> = (input: z.output<S>, ctx: C) => Promise<ActionResult<T>>;

function toInput(raw: unknown): unknown {
  return raw instanceof FormData ? Object.fromEntries(raw) : raw;
}

/**
 * Deliberate failures (ours and the gateway's) keep their code; the rest is logged. The message
 * is in the caller's language where the catalog has it (issue 16).
 */
async function toFailure(error: unknown): Promise<ActionResult<never>> {
  unstable_rethrow(error); // redirect(), notFound() and Next's internals must propagate
  const t = await getTranslations("Errors");
  if (error instanceof AppError && error.visibility === "user")
    return fail(error.code, localizeMessage(t, error.messageKey, error.userMessage));
  console.error("[action] failed", error);
  const generic = ERRORS["internal:unknown"].message;
  return fail("internal:unknown", localizeMessage(t, defaultKey("internal:unknown"), generic));
}

/** A failure a handler returned (or the input check found), in the caller's language. */
async function inLanguage<T>(result: ActionResult<T>): Promise<ActionResult<T>> {
  if (result.ok) return result;
  const [t, input] = await Promise.all([getTranslations("Errors"), getTranslations("Input")]);
  const message = translateKeyed(input, localizeResultMessage(t, result.code, result.message));
  return result.fieldErrors
    ? { ...result, message, fieldErrors: translateFieldErrors(input, result.fieldErrors) }
    : { ...result, message };
}

/**
 * An action that needs no sign-in because its input carries its own authority: a signed link
 * from a mail (confirm an address, change preferences). The handler must verify that signature.
 */
export function linkAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(toInput(raw));
    if (!parsed.success) return inLanguage(invalidInput(parsed.error));
    try {
      return await inLanguage(await handler(parsed.data));
    } catch (error) {
      return toFailure(error);
    }
  };
}

/**
 * An action anyone may take, signed in or not, that changes nothing but the caller's own view
 * (the language). Parsed and wrapped like the others; the handler gets the caller if signed in.
 */
export function visitorAction<S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, ctx: ActingContext | null) => Promise<ActionResult<T>>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(toInput(raw));
    if (!parsed.success) return inLanguage(invalidInput(parsed.error));
    try {
      return await inLanguage(await handler(parsed.data, await getActingContext()));
    } catch (error) {
      return toFailure(error);
    }
  };
}

/** An action for any signed-in user (no account needed), e.g. switching account. */
export function userAction<S extends z.ZodType, T>(
  schema: S,
  handler: Handler<S, ActingContext, T>,
) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    const parsed = schema.safeParse(toInput(raw));
    if (!parsed.success) return inLanguage(invalidInput(parsed.error));
    try {
      const ctx = await getActingContext();
      if (!ctx) return inLanguage(fail("unauthorized:auth"));
      return await inLanguage(await handler(parsed.data, ctx));
    } catch (error) {
      return toFailure(error);
    }
  };
}

/**
 * An action on the current account's data: also requires a current account, and decides here,
 * for every such action at once, what support staff may do:
 *  - without an open impersonation they have no account, so nothing runs ("forbidden:no_impersonation");
 *  - in a read-only impersonation every account action is refused, whatever the UI shows;
 *  - in assist mode it runs, and recordAudit attributes it to the staff member and the session.
 * The context re-reads the role and the session on every request, so an expired session or a
 * revoked role refuses the very next action.
 */
export function accountAction<S extends z.ZodType, T>(
  schema: S,
  handler: Handler<S, AccountContext, T>,
) {
  return userAction(schema, async (input, ctx) => {
    const refusal = accountActionRefusal(ctx);
    if (refusal) return fail(refusal);
    return handler(input, ctx as AccountContext);
  });
}
