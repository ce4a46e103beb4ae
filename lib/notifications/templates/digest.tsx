import { dueText, formatDate, oneLine } from "./format";
import { Layout, List, Paragraph, PrimaryButton, TextLink } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf, Words } from "./types";

/** Several Bundles with deadlines in one mail, soonest first as the caller ordered them. */
export function digest(input: NoticeOf<"digest">, brand: Brand, words: Words): Draft {
  const { t } = words;
  const names = { count: input.bundles.length, account: input.accountName };
  const subject = oneLine(t("digest.subject", names));
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={t("digest.preview", names)}
        heading={t("digest.heading", names)}
        recipientName={input.recipientName}
        why={contactWhy(input, brand, words)}
        links={footerLinks(input)}
      >
        <Paragraph>{t("digest.intro", names)}</Paragraph>
        <List
          items={input.bundles.map((b) => (
            <>
              {/* The link last: in the text part no punctuation then sticks to its URL. */}
              {t("digest.item", {
                bundle: b.name,
                due: formatDate(b.validUntil, input.timeZone, words.locale),
                left: dueText(words, b.daysLeft),
              })}{" "}
              <TextLink brand={brand} href={b.actionUrl}>
                {t("digest.itemAction")}
              </TextLink>
            </>
          ))}
        />
        <PrimaryButton brand={brand} href={input.worklistUrl}>
          {t("digest.action")}
        </PrimaryButton>
      </Layout>
    ),
  };
}
