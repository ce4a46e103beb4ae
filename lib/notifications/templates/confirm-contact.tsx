import { oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import type { Brand, Draft, NoticeOf, Words } from "./types";

/** Double opt-in: nothing else is sent to this address until its owner confirms it. */
export function confirmContact(
  input: NoticeOf<"confirm_contact">,
  brand: Brand,
  words: Words,
): Draft {
  const { t } = words;
  const name = input.addedBy?.trim();
  const addedBy = name && (input.addedBySupport ? t("confirm.bySupport", { name }) : name);
  const names = { product: brand.productName, account: input.accountName };
  const subject = oneLine(t("confirm.subject", names));
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={t("confirm.preview", names)}
        heading={t("confirm.heading")}
        recipientName={input.recipientName}
        why={addedBy ? t("confirm.whyBy", { ...names, addedBy }) : t("confirm.why", names)}
        links={null}
      >
        <Paragraph>
          {addedBy ? t("confirm.addedBy", { ...names, addedBy }) : t("confirm.added", names)}
        </Paragraph>
        <Paragraph>{t("confirm.nothingUntil")}</Paragraph>
        <PrimaryButton brand={brand} href={input.confirmUrl}>
          {t("confirm.action")}
        </PrimaryButton>
        <Paragraph>{t("confirm.ignore")}</Paragraph>
      </Layout>
    ),
  };
}
