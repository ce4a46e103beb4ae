import { oneLine } from "./format";
import { Layout, Paragraph, PrimaryButton } from "./layout";
import type { Brand, Draft, NoticeOf } from "./types";

/** Double opt-in: nothing else is sent to this address until its owner confirms it. */
export function confirmContact(input: NoticeOf<"confirm_contact">, brand: Brand): Draft {
  const by = input.addedBy?.trim() ? ` by ${input.addedBy.trim()}` : "";
  const subject = oneLine(`Confirm your email for ${brand.productName}`);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview={`Confirm to get compliance notices for ${input.accountName}.`}
        heading="Confirm your email"
        recipientName={input.recipientName}
        why={`this address was added as a contact for ${input.accountName}${by}`}
        links={null}
      >
        <Paragraph>
          You were added{by} as a contact for {input.accountName} compliance notices on{" "}
          {brand.productName}.
        </Paragraph>
        <Paragraph>Nothing will be sent to you until you confirm your email.</Paragraph>
        <PrimaryButton href={input.confirmUrl}>Confirm my email</PrimaryButton>
        <Paragraph>If you did not expect this, ignore this email.</Paragraph>
      </Layout>
    ),
  };
}
