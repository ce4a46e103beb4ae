/**
 * Server errors → react-hook-form. The action answers with zod's flattened `fieldErrors`: keys
 * the form renders go beside their field, `file` beside the file input, and anything else
 * (`_form`, or `values`/`groupId` from the action's own input check) is shown for the whole form.
 */
import type { FieldErrors } from "@/lib/actions/result";

export interface SplitErrors {
  fields: Array<[name: string, message: string]>;
  file: string | null;
  form: string[];
}

export function splitServerErrors(
  fieldErrors: FieldErrors | undefined,
  fieldNames: ReadonlySet<string>,
): SplitErrors {
  const out: SplitErrors = { fields: [], file: null, form: [] };
  for (const [key, messages] of Object.entries(fieldErrors ?? {})) {
    const message = messages?.find((m) => m.trim() !== "");
    if (!message) continue;
    if (fieldNames.has(key)) out.fields.push([key, message]);
    else if (key === "file") out.file = message;
    else out.form.push(...messages!.filter((m) => m.trim() !== ""));
  }
  return out;
}

/** The lines of the form-level alert: the action's message first, without repeats. */
export function formAlertLines(
  message: string | null | undefined,
  extra: readonly string[],
): string[] {
  return [...new Set([message ?? "", ...extra].map((m) => m.trim()).filter((m) => m !== ""))];
}

interface ErrorLike {
  message?: unknown;
}

/**
 * The message of a field's error. An address list fails per item (`address_sids.0`), which
 * react-hook-form stores as an array of errors under the field's name.
 */
export function errorMessage(error: unknown): string | undefined {
  if (!error || typeof error !== "object") return undefined;
  const own = (error as ErrorLike).message;
  if (typeof own === "string" && own !== "") return own;
  if (Array.isArray(error))
    for (const item of error) {
      const nested = errorMessage(item);
      if (nested) return nested;
    }
  return undefined;
}
