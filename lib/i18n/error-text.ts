/**
 * A failure's words for the page being rendered, in the reader's language (issue 16): pages that
 * show a caught error or a stored step failure go through here, as actions go through safe-action.
 */
import "server-only";
import { getTranslations } from "next-intl/server";
import { AppError, type MessageKey } from "@/lib/errors";
import { localizeMessage } from "./errors";

/** A user-visible AppError's message; anything else is the generic one. */
export async function errorText(error: unknown): Promise<string> {
  const t = await getTranslations("Errors");
  if (error instanceof AppError && error.visibility === "user")
    return localizeMessage(t, error.messageKey, error.userMessage);
  return t("codes.internal:unknown");
}

/** A stored message (a step's failure) with the key it was stored with. */
export async function storedErrorText(stored: {
  message: string;
  messageKey?: MessageKey;
}): Promise<string> {
  const t = await getTranslations("Errors");
  return localizeMessage(t, stored.messageKey, stored.message);
}
