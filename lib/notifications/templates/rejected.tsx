import { oneLine } from "./format";
import { Layout, List, Paragraph, PrimaryButton } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf } from "./types";

/**
 * Twilio's reviewers rejected the update. Their notes are quoted as written (in English, hence
 * `lang="en"`, ready for when the mails are translated); our own advice follows, marked as ours.
 */
export function rejected(input: NoticeOf<"rejected">, brand: Brand): Draft {
  const { bundle } = input;
  const subject = oneLine(`${bundle.name} was not approved: what to change`);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview={`Twilio did not approve ${bundle.name}. See what to change and resubmit.`}
        heading={`${bundle.name} was not approved`}
        recipientName={input.recipientName}
        why={contactWhy(input)}
        links={footerLinks(input)}
      >
        <Paragraph>
          Twilio reviewed the update of {bundle.name} for {input.accountName} and did not approve
          it.
        </Paragraph>
        {input.reasons.length > 0 ? (
          <>
            <Paragraph>Twilio&apos;s reviewer wrote:</Paragraph>
            <List lang="en" items={input.reasons.map((r) => `“${r}”`)} />
          </>
        ) : (
          <Paragraph>Twilio did not say why.</Paragraph>
        )}
        {input.guidance.length > 0 && (
          <>
            <Paragraph>What we suggest:</Paragraph>
            <List items={input.guidance} />
          </>
        )}
        <PrimaryButton href={bundle.actionUrl}>Fix and resubmit</PrimaryButton>
      </Layout>
    ),
  };
}
