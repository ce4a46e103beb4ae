import { oneLine } from "./format";
import { Layout, List, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf, Words } from "./types";

/**
 * Twilio's reviewers rejected the update. Their notes are quoted as written, in English and
 * marked `lang="en"` inside the recipient's language; our own advice follows, marked as ours.
 */
export function rejected(input: NoticeOf<"rejected">, brand: Brand, words: Words): Draft {
  const { t } = words;
  const names = { bundle: input.bundle.name, account: input.accountName };
  const subject = oneLine(t("rejected.subject", names));
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={t("rejected.preview", names)}
        heading={t("rejected.heading", names)}
        recipientName={input.recipientName}
        why={contactWhy(input, brand, words)}
        links={footerLinks(input)}
      >
        <Paragraph>{t("rejected.reviewed", names)}</Paragraph>
        {input.reasons.length > 0 ? (
          <>
            <Paragraph>{t("rejected.reviewerWrote")}</Paragraph>
            <List
              items={input.reasons.map((reason) =>
                t.rich("rejected.quote", {
                  reason,
                  twilio: (chunks) => <span lang="en">{chunks}</span>,
                }),
              )}
            />
          </>
        ) : (
          <Paragraph>{t("rejected.noReason")}</Paragraph>
        )}
        {input.guidance.length > 0 && (
          <>
            <Paragraph>{t("rejected.suggest")}</Paragraph>
            <List items={input.guidance} />
          </>
        )}
        <PrimaryButton brand={brand} href={input.bundle.actionUrl}>
          {t("rejected.action")}
        </PrimaryButton>
      </Layout>
    ),
  };
}
