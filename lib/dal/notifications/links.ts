import "server-only";
import { env } from "@/lib/env";
import { signLink, verifyLink, type LinkPurpose } from "@/lib/notifications/tokens";
import { AppError } from "@/lib/errors";

/** The absolute signed links of mails (lib/notifications/tokens.ts), with this deployment's secret. */
const base = () => env.PUBLIC_BASE_URL.replace(/\/+$/, "");

export const absolute = (path: string) => `${base()}${path}`;

export const links = {
  confirm: (contactId: string) =>
    absolute(`/email/confirm?t=${signLink(env.AUTH_SECRET, "confirm", contactId)}`),
  preferences: (contactId: string) =>
    absolute(`/email/preferences?t=${signLink(env.AUTH_SECRET, "preferences", contactId)}`),
  /** The page a person opens from the footer (one click there, then done). */
  unsubscribePage: (contactId: string) =>
    absolute(`/email/unsubscribe?t=${signLink(env.AUTH_SECRET, "unsubscribe", contactId)}`),
  /** RFC 8058's one-click endpoint (the List-Unsubscribe header): a POST unsubscribes. */
  unsubscribeOneClick: (contactId: string) =>
    absolute(`/api/email/unsubscribe?t=${signLink(env.AUTH_SECRET, "unsubscribe", contactId)}`),
  /** The mail's main link: records the click, then opens the notice's page (after sign-in). */
  open: (noticeId: string) =>
    absolute(`/api/email/open/${signLink(env.AUTH_SECRET, "open", noticeId)}`),
};

/** The contact or notice id a link names, or bad_request:link. */
export function idFromLink(purpose: LinkPurpose, token: unknown): string {
  const checked = verifyLink(env.AUTH_SECRET, purpose, token);
  if (!checked.ok)
    throw checked.reason === "expired"
      ? new AppError(
          "bad_request:link",
          "This link has expired. Use the newest email we sent, or ask for a new one.",
          { messageKey: { key: "custom.linkExpired" } },
        )
      : new AppError("bad_request:link");
  return checked.id;
}
