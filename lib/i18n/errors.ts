/**
 * What a failure says in the reader's language (issue 16). Errors keep an English `userMessage`
 * (logs, jobs) and, where the catalog has the same message, a `messageKey` into
 * messages/<locale>/Errors.json; a message without one is shown as written.
 */
import { ERRORS, type ErrorCode, type MessageKey } from "@/lib/errors";
import type { Translator } from "./translator";

export function localizeMessage(
  t: Translator<"Errors">,
  key: MessageKey | undefined,
  fallback: string,
): string {
  if (!key) return fallback;
  const id = key.key as Parameters<Translator<"Errors">["has"]>[0];
  if (!t.has(id)) return fallback;
  return (t as unknown as (k: string, v?: Record<string, string>) => string)(key.key, key.values);
}

/** A result's message: our own code's default text is translated; any other text is kept. */
export function localizeResultMessage(
  t: Translator<"Errors">,
  code: string,
  message: string,
): string {
  const own = code in ERRORS ? ERRORS[code as ErrorCode].message : undefined;
  return own === message ? localizeMessage(t, { key: `codes.${code}` }, message) : message;
}
