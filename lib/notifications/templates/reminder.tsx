import { formatDate, oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf, Words } from "./types";

/** Words for the days left; from 0 down the deadline has passed and the wording gets firmer. */
function wording({ t }: Words, bundle: string, daysLeft: number, due: string) {
  if (daysLeft > 0) {
    const subject = t("reminder.subject", { bundle, days: daysLeft });
    return {
      subject,
      heading: subject,
      lead: t("reminder.lead", { bundle, due, days: daysLeft }),
      risk: t("reminder.risk"),
    };
  }
  return {
    subject: t("reminder.overdueSubject", { bundle }),
    heading: t("reminder.overdueHeading", { bundle }),
    lead:
      daysLeft === 0
        ? t("reminder.overdueLeadToday", { bundle, due })
        : t("reminder.overdueLead", { bundle, due, days: -daysLeft }),
    risk: t("reminder.overdueRisk"),
  };
}

export function reminder(input: NoticeOf<"reminder">, brand: Brand, words: Words): Draft {
  const { bundle, daysLeft } = input;
  const due = formatDate(bundle.validUntil, input.timeZone, words.locale);
  const text = wording(words, bundle.name, daysLeft, due);
  const subject = oneLine(text.subject);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={text.lead}
        heading={text.heading}
        recipientName={input.recipientName}
        why={contactWhy(input, brand, words)}
        links={footerLinks(input)}
      >
        <Paragraph>{text.lead}</Paragraph>
        <Paragraph>{text.risk}</Paragraph>
        <PrimaryButton brand={brand} href={bundle.actionUrl}>
          {words.t("reminder.action")}
        </PrimaryButton>
      </Layout>
    ),
  };
}
