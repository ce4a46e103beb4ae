import { contactForLink } from "@/lib/dal/notifications";
import { AppError } from "@/lib/errors";
import { errorText } from "@/lib/i18n/error-text";

/** The contact a page's signed link names, or the reason it cannot be used. */
export async function readLink(
  purpose: "confirm" | "preferences" | "unsubscribe",
  raw: string | string[] | undefined,
) {
  const token = typeof raw === "string" ? raw : "";
  try {
    return { token, contact: await contactForLink(purpose, token), problem: null };
  } catch (error) {
    if (error instanceof AppError && error.visibility === "user")
      return { token, contact: null, problem: await errorText(error) };
    throw error;
  }
}
