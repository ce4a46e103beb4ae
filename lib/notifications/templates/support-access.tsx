/**
 * Support staff opened or closed access to the customer's account. Both mails say who, why or
 * what, and when, so the customer can object if they never asked for help.
 */
import { formatDate, formatDateTime, formatTime, oneLine } from "./format";
import { Layout, List, Paragraph, PrimaryButton, TextLink } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf } from "./types";

function NotYou({ brand }: { brand: Brand }) {
  return brand.supportEmail ? (
    <Paragraph>
      If you did not ask for help, reply to this email or contact{" "}
      <TextLink href={`mailto:${brand.supportEmail}`}>{brand.supportEmail}</TextLink>.
    </Paragraph>
  ) : (
    <Paragraph>If you did not ask for help, reply to this email.</Paragraph>
  );
}

export function supportAccessStarted(
  input: NoticeOf<"support_access_started">,
  brand: Brand,
): Draft {
  const at = formatDateTime(input.startedAt, input.timeZone);
  const subject = oneLine(`Support is helping with your ${input.accountName} account`);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview={`${input.staffName} from support opened your account on ${at}.`}
        heading="Support is helping with your account"
        recipientName={input.recipientName}
        why={contactWhy(input)}
        links={footerLinks(input)}
      >
        <Paragraph>
          {input.staffName} from {brand.productName} support opened the {input.accountName} account
          on {at}.
        </Paragraph>
        <Paragraph>Reason given: {input.reason}</Paragraph>
        <Paragraph>Everything support does in your account is recorded.</Paragraph>
        <PrimaryButton href={input.activityUrl}>See what support does</PrimaryButton>
        <NotYou brand={brand} />
      </Layout>
    ),
  };
}

/** "8 Dec 2026, 14:05 CET to 15:10 CET", with the end's date only when it differs. */
function span(startedAt: string, endedAt: string, timeZone: string): string {
  const sameDay = formatDate(startedAt, timeZone) === formatDate(endedAt, timeZone);
  const end = sameDay ? formatTime(endedAt, timeZone) : formatDateTime(endedAt, timeZone);
  return `${formatDateTime(startedAt, timeZone)} to ${end}`;
}

export function supportAccessEnded(input: NoticeOf<"support_access_ended">, brand: Brand): Draft {
  const when = span(input.startedAt, input.endedAt, input.timeZone);
  const subject = oneLine(`Support finished helping with ${input.accountName}`);
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        preview={`${input.staffName} from support no longer has access to your account.`}
        heading="Support finished helping"
        recipientName={input.recipientName}
        why={contactWhy(input)}
        links={footerLinks(input)}
      >
        <Paragraph>
          {input.staffName} from {brand.productName} support no longer has access to the{" "}
          {input.accountName} account. Support had access from {when}.
        </Paragraph>
        {input.actions.length > 0 ? (
          <>
            <Paragraph>What support did:</Paragraph>
            <List items={input.actions} />
          </>
        ) : (
          <Paragraph>No changes were made.</Paragraph>
        )}
        <PrimaryButton href={input.activityUrl}>See what support did</PrimaryButton>
        <NotYou brand={brand} />
      </Layout>
    ),
  };
}
