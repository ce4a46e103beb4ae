import { oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf } from "./types";

export function upToDate(input: NoticeOf<"up_to_date">, brand: Brand): Draft {
  const { bundle } = input;
  const subject = oneLine(`${bundle.name} is up to date`);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview="Your Bundle is approved and applied; nothing else to do."
        heading={`${bundle.name} is up to date`}
        recipientName={input.recipientName}
        why={contactWhy(input)}
        links={footerLinks(input)}
      >
        <Paragraph>
          Good news: Twilio approved the update of {bundle.name} for {input.accountName}.
        </Paragraph>
        <Paragraph>Your Bundle is approved and applied; nothing else to do.</Paragraph>
        <PrimaryButton href={bundle.actionUrl}>View the Bundle</PrimaryButton>
      </Layout>
    ),
  };
}
