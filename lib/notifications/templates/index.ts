/**
 * The notification mails: pure functions from data to { subject, html, text }. No I/O, no env, no
 * database; the sender decides who gets which notice, in which language, and passes everything in.
 */
import { render, toPlainText } from "@react-email/render";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { confirmContact } from "./confirm-contact";
import { digest } from "./digest";
import { newDeadline } from "./new-deadline";
import { rejected } from "./rejected";
import { reminder } from "./reminder";
import { supportAccessEnded, supportAccessStarted } from "./support-access";
import { textOptions } from "./text";
import type { Brand, Draft, NoticeInput, RenderedMail, Words } from "./types";
import { upToDate } from "./up-to-date";

export type { Brand, BundleRef, NoticeInput, NoticeKind, RenderedMail, Words } from "./types";
export { emailBrand } from "./brand";

function draft(input: NoticeInput, brand: Brand, words: Words): Draft {
  switch (input.kind) {
    case "confirm_contact":
      return confirmContact(input, brand, words);
    case "new_deadline":
      return newDeadline(input, brand, words);
    case "reminder":
      return reminder(input, brand, words);
    case "digest":
      return digest(input, brand, words);
    case "rejected":
      return rejected(input, brand, words);
    case "up_to_date":
      return upToDate(input, brand, words);
    case "support_access_started":
      return supportAccessStarted(input, brand, words);
    case "support_access_ended":
      return supportAccessEnded(input, brand, words);
    default: {
      const unknown: never = input;
      throw new Error(`Unknown notice kind: ${(unknown as { kind: string }).kind}`);
    }
  }
}

/** The mail in the recipient's language (subject, preview, HTML and text). */
export async function renderNotice(
  input: NoticeInput,
  brand: Brand,
  locale: Locale,
): Promise<RenderedMail> {
  const words: Words = { locale, t: await translatorFor(locale, "Email") };
  const { subject, element } = draft(input, brand, words);
  const html = await render(element);
  // One render: the text part is derived from the same HTML, so the two never disagree.
  return { subject, html, text: toPlainText(html, textOptions) };
}
