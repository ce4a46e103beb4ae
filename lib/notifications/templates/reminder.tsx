import { dueText, formatDate, oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf } from "./types";

/** Words for the days left; from 0 down the deadline has passed and the wording gets firmer. */
function wording(name: string, daysLeft: number, due: string) {
  if (daysLeft > 0) {
    const left = dueText(daysLeft);
    return {
      subject: `${left} to update ${name}`,
      heading: `${left} to update ${name}`,
      lead: `${name} must be updated by ${due} (${left}).`,
      risk: "If it is not updated in time, the phone numbers in this Bundle are at risk.",
    };
  }
  const late =
    daysLeft === 0 ? `The deadline was ${due}.` : `The deadline was ${due}, ${dueText(daysLeft)}.`;
  return {
    subject: `Overdue: ${name} must be updated now`,
    heading: `Overdue: update ${name} now`,
    lead: `${name} has not been updated yet. ${late}`,
    risk: "The phone numbers in this Bundle are now at risk. Please update it today.",
  };
}

export function reminder(input: NoticeOf<"reminder">, brand: Brand): Draft {
  const { bundle, daysLeft } = input;
  const due = formatDate(bundle.validUntil, input.timeZone);
  const words = wording(bundle.name, daysLeft, due);
  const subject = oneLine(words.subject);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview={words.lead}
        heading={words.heading}
        recipientName={input.recipientName}
        why={contactWhy(input)}
        links={footerLinks(input)}
      >
        <Paragraph>{words.lead}</Paragraph>
        <Paragraph>{words.risk}</Paragraph>
        <PrimaryButton href={bundle.actionUrl}>Update now</PrimaryButton>
      </Layout>
    ),
  };
}
