/**
 * The one shape every server action returns. Forms read `fieldErrors` (zod's flattened errors)
 * into react-hook-form with `setError`; everything else shows `message`.
 */
import { z } from "zod";
import { ERRORS, type ErrorCode } from "@/lib/errors";

export type FieldErrors = Record<string, string[] | undefined>;

/** Our own codes (lib/errors.ts) or a gateway code passed through, all shaped `type:surface`. */
export type ResultCode = ErrorCode | `${string}:${string}`;

export type ActionResult<T = undefined> =
  | { ok: true; data: T }
  | { ok: false; code: ResultCode; message: string; fieldErrors?: FieldErrors };

export function ok<T>(data: T): ActionResult<T> {
  return { ok: true, data };
}

export function fail(code: ErrorCode, message?: string): ActionResult<never>;
export function fail(code: ResultCode, message: string): ActionResult<never>;
export function fail(code: ResultCode, message?: string): ActionResult<never> {
  return { ok: false, code, message: message ?? ERRORS[code as ErrorCode].message };
}

/** Field errors found by the server's own checks; a `_form` error is the message. */
export function invalidFields(fieldErrors: FieldErrors): ActionResult<never> {
  return {
    ok: false,
    code: "bad_request:input",
    message: fieldErrors._form?.[0] ?? ERRORS["bad_request:input"].message,
    fieldErrors,
  };
}

export function invalidInput(error: z.ZodError): ActionResult<never> {
  return {
    ok: false,
    code: "bad_request:input",
    message: ERRORS["bad_request:input"].message,
    fieldErrors: z.flattenError(error).fieldErrors as FieldErrors,
  };
}
