/**
 * Translators for code outside React (issue 16): emails, validation messages, the guidance per
 * error code. A lib function that produces customer-facing words takes a `Translator<"Ns">` as
 * a parameter, the same type `useTranslations("Ns")` and `getTranslations("Ns")` return, so the
 * browser, the server and the tests all hand it one.
 */
import { createTranslator, type _Translator, type Messages } from "next-intl";
import type { Locale } from "./locales";
import type { Namespace } from "./namespaces";
import { messagesFor } from "./messages";

export type Translator<N extends Namespace> = _Translator<Messages, N>;

/** A translator for `locale` outside a request (a job sending an email, say). */
export async function translatorFor<N extends Namespace>(
  locale: Locale,
  namespace: N,
): Promise<Translator<N>> {
  const messages = (await messagesFor(locale)) as unknown as Messages;
  return createTranslator({ locale, messages, namespace, timeZone: "UTC" }) as Translator<N>;
}
