import { formatDate, oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf } from "./types";

/** Twilio set a deadline (`valid_until`) on a Bundle. */
export function newDeadline(input: NoticeOf<"new_deadline">, brand: Brand): Draft {
  const { bundle } = input;
  const due = formatDate(bundle.validUntil, input.timeZone);
  const subject = oneLine(`Action needed: ${bundle.name} must be updated by ${due}`);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview={`Update ${bundle.name} by ${due} to keep your numbers.`}
        heading={`Update ${bundle.name} by ${due}`}
        recipientName={input.recipientName}
        why={contactWhy(input)}
        links={footerLinks(input)}
      >
        <Paragraph>
          Twilio changed a regulation that applies to {bundle.name} for {input.accountName}.
        </Paragraph>
        <Paragraph>
          The data must be updated by {due}. If it is not, the phone numbers in this Bundle are at
          risk.
        </Paragraph>
        <PrimaryButton href={bundle.actionUrl}>Update now</PrimaryButton>
      </Layout>
    ),
  };
}
