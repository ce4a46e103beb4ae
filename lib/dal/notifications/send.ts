import "server-only";
import { and, eq, lt, or, sql } from "drizzle-orm";
import { getDb } from "@/lib/db";
import {
  accounts,
  notices,
  notificationContacts,
  users,
  type NoticeRow,
  type NotificationContactRow,
} from "@/lib/db/schema";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { sendMail } from "@/lib/mail/transport";
import { daysLeft } from "@/lib/notifications/cadence";
import { wants, type NoticePayload } from "@/lib/notifications/kinds";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { emailBrand, renderNotice, type NoticeInput } from "@/lib/notifications/templates";
import { twilioNow } from "@/lib/twilio";
import { QUEUE_SETTINGS } from "@/lib/jobs/queues";
import { absolute, links } from "./links";
import { inAccount } from "./history";
import { SENDING_EXPIRES_MS } from "./queue";

/** The job's attempts: the first and its retries. The last failure marks the notice failed. */
export const MAX_SEND_ATTEMPTS = QUEUE_SETTINGS.send_notice.retryLimit + 1;

export type SendOutcome = "sent" | "skipped" | "not_queued";

/**
 * Sends one notice, at most once: the row is claimed (queued → sending) by one worker only;
 * a second job for the same notice, or a retry after it was sent, finds nothing to claim. The
 * contact is re-read at send time, so an unsubscribe or a removal between queueing and sending
 * stops the mail. A failed send goes back to queued and throws, so the queue retries it with
 * backoff; the last attempt leaves it failed, which support sees (Needs attention).
 *
 * The one gap no database closes: a worker killed after the SMTP server accepted the mail and
 * before the row says so sends it again after SENDING_EXPIRES_MS. The Message-ID is the
 * notice's, so the receiving side can recognise the repeat.
 */
export async function sendNotice(noticeId: string): Promise<SendOutcome> {
  const db = await getDb();
  const now = new Date();
  const [notice] = await db
    .update(notices)
    .set({ status: "sending", claimedAt: now, attempts: sql`${notices.attempts} + 1` })
    .where(
      and(
        eq(notices.id, noticeId),
        or(
          eq(notices.status, "queued"),
          and(
            eq(notices.status, "sending"),
            lt(notices.claimedAt, new Date(now.getTime() - SENDING_EXPIRES_MS)),
          ),
        ),
      ),
    )
    .returning();
  if (!notice) return "not_queued";

  const [contact] = notice.contactId
    ? await db
        .select()
        .from(notificationContacts)
        .where(eq(notificationContacts.id, notice.contactId))
    : [];
  const payload = notice.payload as unknown as NoticePayload;
  // Every write that ends this send holds only while the claim is still this one: a worker that
  // outlived its claim (taken over after SENDING_EXPIRES_MS) changes nothing.
  const ours = and(
    eq(notices.id, notice.id),
    eq(notices.status, "sending"),
    eq(notices.claimedAt, now),
  );
  if (!contact || !wants(contact, payload.kind)) {
    await db
      .update(notices)
      .set({
        status: "skipped",
        lastError: !contact
          ? "The contact was removed before the mail was sent."
          : contact.unsubscribedAt
            ? "The contact unsubscribed before the mail was sent."
            : "The contact no longer gets this kind of notice.",
      })
      .where(ours);
    return "skipped";
  }
  const [account] = await db.select().from(accounts).where(eq(accounts.id, notice.accountId));
  try {
    const locale = await recipientLocale(contact);
    const t = await translatorFor(locale, "Email");
    const input = inputFor(notice, payload, t, {
      contact,
      account: {
        name: account?.name ?? t("layout.yourAccount"),
        timeZone: account?.timeZone ?? "UTC",
      },
    });
    const brand = emailBrand(env);
    const mail = await renderNotice(input, brand, locale);
    const headers: Record<string, string> =
      payload.kind === "confirm_contact"
        ? {}
        : {
            "List-Unsubscribe": `<${links.unsubscribeOneClick(contact.id)}>`,
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
          };
    await sendMail({
      // The platform's name on the sender, MAIL_FROM's address (its own name is replaced).
      from: { name: brand.productName, address: mailbox(env.MAIL_FROM) },
      to: contact.name
        ? `"${contact.name.replace(/["\\]/g, "")}" <${contact.email}>`
        : contact.email,
      subject: mail.subject,
      html: mail.html,
      text: mail.text,
      messageId: `<notice-${notice.id}@${new URL(env.PUBLIC_BASE_URL).hostname}>`,
      headers: { ...headers, "X-Notice-Kind": payload.kind },
    });
    await db
      .update(notices)
      .set({ status: "sent", sentAt: new Date(), subject: mail.subject, lastError: null })
      .where(ours);
    return "sent";
  } catch (error) {
    const message =
      error instanceof AppError
        ? error.userMessage
        : String(error instanceof Error ? error.message : error);
    const last = notice.attempts >= MAX_SEND_ATTEMPTS;
    await db
      .update(notices)
      .set({ status: last ? "failed" : "queued", lastError: message.slice(0, 500) })
      .where(ours);
    if (last) return "skipped";
    throw error;
  }
}

/**
 * The language a contact's mails are in, read at send time: the saved choice of the portal user
 * with the contact's address, else the contact's own (the adder's when added), else the
 * platform's default.
 */
async function recipientLocale(contact: NotificationContactRow): Promise<Locale> {
  const db = await getDb();
  const [user] = await db
    .select({ locale: users.locale })
    .from(users)
    .where(eq(users.email, contact.email));
  if (isLocale(user?.locale)) return user.locale;
  if (isLocale(contact.locale)) return contact.locale;
  return env.DEFAULT_LOCALE;
}

/** The address of a From such as `Portal <portal@example.test>` (or the bare address). */
function mailbox(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1]?.trim() ?? from.trim();
}

function inputFor(
  notice: NoticeRow,
  payload: NoticePayload,
  t: Translator<"Email">,
  to: {
    contact: { id: string; name: string | null };
    account: { name: string; timeZone: string };
  },
): NoticeInput {
  const common = {
    recipientName: to.contact.name,
    accountName: to.account.name,
    timeZone: to.account.timeZone,
    unsubscribeUrl: links.unsubscribePage(to.contact.id),
    preferencesUrl: links.preferences(to.contact.id),
  };
  const open = links.open(notice.id);
  const now = twilioNow();
  switch (payload.kind) {
    case "confirm_contact":
      return {
        ...common,
        kind: "confirm_contact",
        confirmUrl: links.confirm(to.contact.id),
        addedBy: payload.addedBy,
        addedBySupport: payload.addedBySupport ?? false,
      };
    case "new_deadline":
      return { ...common, kind: "new_deadline", bundle: { ...payload.bundle, actionUrl: open } };
    case "reminder":
      return {
        ...common,
        kind: "reminder",
        bundle: { ...payload.bundle, actionUrl: open },
        daysLeft: daysLeft(new Date(payload.bundle.validUntil), now),
      };
    case "digest":
      return {
        ...common,
        kind: "digest",
        worklistUrl: open,
        bundles: payload.bundles.map((b) => ({
          ...b,
          actionUrl: absolute(inAccount(notice.accountId, b.path)),
          daysLeft: daysLeft(new Date(b.validUntil), now),
        })),
      };
    case "rejected":
      return {
        ...common,
        kind: "rejected",
        bundle: { ...payload.bundle, actionUrl: open },
        reasons: payload.reasons,
        guidance: [t("rejected.adviceFix"), t("rejected.adviceKeep")],
      };
    case "up_to_date":
      return { ...common, kind: "up_to_date", bundle: { ...payload.bundle, actionUrl: open } };
    case "support_access_started":
      return { ...common, ...payload, kind: "support_access_started", activityUrl: open };
    case "support_access_ended":
      return { ...common, ...payload, kind: "support_access_ended", activityUrl: open };
  }
}
