/**
 * The notification mails: pure functions from data to { subject, html, text }. No I/O, no env, no
 * database; the sender decides who gets which notice and passes everything in.
 */
import { render, toPlainText } from "@react-email/render";
import { confirmContact } from "./confirm-contact";
import { digest } from "./digest";
import { newDeadline } from "./new-deadline";
import { rejected } from "./rejected";
import { reminder } from "./reminder";
import { supportAccessEnded, supportAccessStarted } from "./support-access";
import { textOptions } from "./text";
import type { Brand, Draft, NoticeInput, RenderedMail } from "./types";
import { upToDate } from "./up-to-date";

export type { Brand, BundleRef, NoticeInput, NoticeKind, RenderedMail } from "./types";

function draft(input: NoticeInput, brand: Brand): Draft {
  switch (input.kind) {
    case "confirm_contact":
      return confirmContact(input, brand);
    case "new_deadline":
      return newDeadline(input, brand);
    case "reminder":
      return reminder(input, brand);
    case "digest":
      return digest(input, brand);
    case "rejected":
      return rejected(input, brand);
    case "up_to_date":
      return upToDate(input, brand);
    case "support_access_started":
      return supportAccessStarted(input, brand);
    case "support_access_ended":
      return supportAccessEnded(input, brand);
    default: {
      const unknown: never = input;
      throw new Error(`Unknown notice kind: ${(unknown as { kind: string }).kind}`);
    }
  }
}

export async function renderNotice(input: NoticeInput, brand: Brand): Promise<RenderedMail> {
  const { subject, element } = draft(input, brand);
  const html = await render(element);
  // One render: the text part is derived from the same HTML, so the two never disagree.
  return { subject, html, text: toPlainText(html, textOptions) };
}
