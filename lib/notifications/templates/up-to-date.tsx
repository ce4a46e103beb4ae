import { oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf, Words } from "./types";

export function upToDate(input: NoticeOf<"up_to_date">, brand: Brand, words: Words): Draft {
  const { t } = words;
  const names = { bundle: input.bundle.name, account: input.accountName };
  const subject = oneLine(t("upToDate.subject", names));
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={t("upToDate.preview")}
        heading={t("upToDate.heading", names)}
        recipientName={input.recipientName}
        why={contactWhy(input, brand, words)}
        links={footerLinks(input)}
      >
        <Paragraph>{t("upToDate.approved", names)}</Paragraph>
        <Paragraph>{t("upToDate.done")}</Paragraph>
        <PrimaryButton brand={brand} href={input.bundle.actionUrl}>
          {t("upToDate.action")}
        </PrimaryButton>
      </Layout>
    ),
  };
}
