import { formatDate, oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf, Words } from "./types";

/** Twilio set a deadline (`valid_until`) on a Bundle. */
export function newDeadline(input: NoticeOf<"new_deadline">, brand: Brand, words: Words): Draft {
  const { t } = words;
  const names = {
    bundle: input.bundle.name,
    account: input.accountName,
    due: formatDate(input.bundle.validUntil, input.timeZone, words.locale),
  };
  const subject = oneLine(t("newDeadline.subject", names));
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={t("newDeadline.preview", names)}
        heading={t("newDeadline.heading", names)}
        recipientName={input.recipientName}
        why={contactWhy(input, brand, words)}
        links={footerLinks(input)}
      >
        <Paragraph>{t("newDeadline.changed", names)}</Paragraph>
        <Paragraph>{t("newDeadline.mustUpdate", names)}</Paragraph>
        <PrimaryButton brand={brand} href={input.bundle.actionUrl}>
          {t("newDeadline.action")}
        </PrimaryButton>
      </Layout>
    ),
  };
}
