/**
 * Support staff opened or closed access to the customer's account. Both mails say who, why or
 * what, and when, so the customer can object if they never asked for help.
 */
import { formatDate, formatDateTime, formatTime, oneLine } from "./format";
import { Layout, List, Paragraph, PrimaryButton, TextLink } from "./layout";
import { contactWhy, footerLinks } from "./shared";
import type { Brand, Draft, NoticeOf, Words } from "./types";

function NotYou({ brand, words: { t } }: { brand: Brand; words: Words }) {
  const email = brand.supportEmail;
  return (
    <Paragraph>
      {email
        ? t.rich("support.notYou", {
            email,
            mail: (chunks) => (
              <TextLink brand={brand} href={`mailto:${email}`}>
                {chunks}
              </TextLink>
            ),
          })
        : t("support.notYouNoEmail")}
    </Paragraph>
  );
}

export function supportAccessStarted(
  input: NoticeOf<"support_access_started">,
  brand: Brand,
  words: Words,
): Draft {
  const { t } = words;
  const names = {
    staff: input.staffName,
    product: brand.productName,
    account: input.accountName,
    at: formatDateTime(input.startedAt, input.timeZone, words.locale),
  };
  const subject = oneLine(t("support.startedSubject", names));
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={t("support.startedPreview", names)}
        heading={t("support.startedHeading")}
        recipientName={input.recipientName}
        why={contactWhy(input, brand, words)}
        links={footerLinks(input)}
      >
        <Paragraph>{t("support.opened", names)}</Paragraph>
        <Paragraph>
          {input.ticket
            ? t("support.reasonTicket", { reason: input.reason, ticket: input.ticket })
            : t("support.reason", { reason: input.reason })}
        </Paragraph>
        <Paragraph>{t("support.recorded")}</Paragraph>
        <PrimaryButton brand={brand} href={input.activityUrl}>
          {t("support.startedAction")}
        </PrimaryButton>
        <NotYou brand={brand} words={words} />
      </Layout>
    ),
  };
}

/** "8 Dec 2026, 14:05 CET" and "15:10 CET": the end's date only when it differs. */
function span(startedAt: string, endedAt: string, { timeZone }: { timeZone: string }, w: Words) {
  const sameDay =
    formatDate(startedAt, timeZone, w.locale) === formatDate(endedAt, timeZone, w.locale);
  return {
    from: formatDateTime(startedAt, timeZone, w.locale),
    to: sameDay
      ? formatTime(endedAt, timeZone, w.locale)
      : formatDateTime(endedAt, timeZone, w.locale),
  };
}

export function supportAccessEnded(
  input: NoticeOf<"support_access_ended">,
  brand: Brand,
  words: Words,
): Draft {
  const { t } = words;
  const names = {
    staff: input.staffName,
    product: brand.productName,
    account: input.accountName,
    ...span(input.startedAt, input.endedAt, input, words),
  };
  const subject = oneLine(t("support.endedSubject", names));
  return {
    subject,
    element: (
      <Layout
        subject={subject}
        brand={brand}
        words={words}
        preview={t("support.endedPreview", names)}
        heading={t("support.endedHeading")}
        recipientName={input.recipientName}
        why={contactWhy(input, brand, words)}
        links={footerLinks(input)}
      >
        <Paragraph>{t("support.ended", names)}</Paragraph>
        {input.actions.length > 0 ? (
          <>
            <Paragraph>{t("support.did")}</Paragraph>
            {/* The Activity page's English lines, recorded when the session ended. */}
            <List lang="en" items={input.actions} />
          </>
        ) : (
          <Paragraph>{t("support.noChanges")}</Paragraph>
        )}
        <PrimaryButton brand={brand} href={input.activityUrl}>
          {t("support.endedAction")}
        </PrimaryButton>
        <NotYou brand={brand} words={words} />
      </Layout>
    ),
  };
}
