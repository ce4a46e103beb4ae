import { dueText, formatDate, oneLine } from "./format";
import { Layout, List, Paragraph, PrimaryButton, TextLink } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf } from "./types";

/** Several Bundles with deadlines in one mail, soonest first as the caller ordered them. */
export function digest(input: NoticeOf<"digest">, brand: Brand): Draft {
  const count = input.bundles.length;
  const bundles = count === 1 ? "1 Bundle needs" : `${count} Bundles need`;
  const subject = oneLine(`${bundles} updating for ${input.accountName}`);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview={`${bundles} updating before their deadlines.`}
        heading={`${bundles} updating`}
        recipientName={input.recipientName}
        why={contactWhy(input)}
        links={footerLinks(input)}
      >
        <Paragraph>
          These Bundles for {input.accountName} must be updated before their deadlines, or their
          phone numbers are at risk:
        </Paragraph>
        <List
          items={input.bundles.map((b) => (
            <>
              {/* The link last: in the text part no punctuation then sticks to its URL. */}
              {b.name}, due {formatDate(b.validUntil, input.timeZone)} ({dueText(b.daysLeft)}).{" "}
              <TextLink href={b.actionUrl}>Update now</TextLink>
            </>
          ))}
        />
        <PrimaryButton href={input.worklistUrl}>Open your worklist</PrimaryButton>
      </Layout>
    ),
  };
}
