import "server-only";
import { and, asc, desc, eq, isNotNull, isNull } from "drizzle-orm";
import type { AccountContext } from "@/lib/auth/context";
import { recordAudit, recordSystemAudit } from "@/lib/audit/record";
import { getDb } from "@/lib/db";
import {
  accounts,
  bundleIndex,
  notices,
  notificationContacts,
  type NoticeCategory,
  type NotificationContactRow,
} from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/locales";
import { normaliseCadence } from "@/lib/notifications/cadence";
import { notify } from "./queue";
import { idFromLink } from "./links";

/**
 * An account's notification contacts. Every function that takes a context scopes its query by
 * the context's account (a contact id from the browser is only ever looked up within it) and
 * records what it changed in the audit log (support in assist mode is named as such). The
 * link functions act for the contact a signed link names, without a sign-in.
 */
const CONFIRM_RESEND_MS = 5 * 60_000;

export interface ContactView {
  id: string;
  email: string;
  name: string | null;
  categories: NoticeCategory[];
  state: "pending" | "confirmed" | "unsubscribed";
  source: string;
  createdAt: Date;
}

const toView = (c: NotificationContactRow): ContactView => ({
  id: c.id,
  email: c.email,
  name: c.name,
  categories: c.categories,
  state: c.unsubscribedAt ? "unsubscribed" : c.confirmedAt ? "confirmed" : "pending",
  source: c.source,
  createdAt: c.createdAt,
});

export async function listContacts(ctx: AccountContext): Promise<ContactView[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(notificationContacts)
    .where(eq(notificationContacts.accountId, ctx.account.id))
    .orderBy(asc(notificationContacts.createdAt));
  return rows.map(toView);
}

/** Addresses Twilio emails about this account's Bundles that are not contacts yet. */
export async function suggestedContacts(ctx: AccountContext) {
  const db = await getDb();
  const [emails, contacts] = await Promise.all([
    db
      .selectDistinct({ email: bundleIndex.email, name: bundleIndex.friendlyName })
      .from(bundleIndex)
      .where(
        and(
          eq(bundleIndex.accountId, ctx.account.id),
          isNull(bundleIndex.goneAt),
          isNotNull(bundleIndex.email),
        ),
      ),
    listContacts(ctx),
  ]);
  const known = new Set(contacts.map((c) => c.email));
  const byEmail = new Map<string, string[]>();
  for (const e of emails) {
    const email = e.email!.toLowerCase();
    if (known.has(email)) continue;
    byEmail.set(email, [...(byEmail.get(email) ?? []), e.name]);
  }
  return [...byEmail].map(([email, bundles]) => ({ email, bundles }));
}

async function contactOf(ctx: AccountContext, contactId: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(notificationContacts)
    .where(
      and(
        eq(notificationContacts.id, contactId),
        eq(notificationContacts.accountId, ctx.account.id),
      ),
    );
  if (!row) throw new AppError("not_found:contact");
  return row;
}

/** How added_by records support staff who added a contact for the customer (English, kept). */
const BY_SUPPORT = " (support, on your behalf)";

const addedByName = (ctx: AccountContext) =>
  ctx.impersonation ? `${ctx.impersonation.staff.name}${BY_SUPPORT}` : ctx.user.name;

/** The language a new contact's mails are in: as asked, else the adder's saved one (not staff's). */
function contactLocale(ctx: AccountContext, asked: Locale | null | undefined): Locale | null {
  if (asked) return asked;
  if (ctx.impersonation) return null;
  return isLocale(ctx.user.locale) ? ctx.user.locale : null;
}

async function sendConfirmation(ctx: AccountContext, contact: NotificationContactRow) {
  // The mail words "on your behalf" in the contact's language, so it gets the name alone.
  const bySupport = contact.addedBy?.endsWith(BY_SUPPORT) ?? false;
  await notify({
    accountId: ctx.account.id,
    key: `confirm:${Date.now()}`,
    contactId: contact.id,
    payload: {
      kind: "confirm_contact",
      addedBy: bySupport ? contact.addedBy!.slice(0, -BY_SUPPORT.length) : contact.addedBy,
      addedBySupport: bySupport,
    },
    targetPath: "/bundles",
  });
}

export async function addContact(
  ctx: AccountContext,
  input: {
    email: string;
    name: string | null;
    categories: NoticeCategory[];
    source?: "manual" | "bundle_email";
    /**
     * The language of the contact's mails (the adder's, as the page was shown to them); unset:
     * the adder's saved choice. A contact who is a portal user with a saved choice gets theirs.
     */
    locale?: Locale | null;
  },
): Promise<ContactView> {
  const db = await getDb();
  const [row] = await db
    .insert(notificationContacts)
    .values({
      accountId: ctx.account.id,
      email: input.email.toLowerCase(),
      name: input.name,
      categories: input.categories,
      source: input.source ?? "manual",
      addedBy: addedByName(ctx),
      locale: contactLocale(ctx, input.locale),
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError("conflict:contact");
  await recordAudit(ctx, {
    action: "notifications.contact_added",
    details: {
      contactId: row.id,
      email: row.email,
      categories: row.categories,
      source: row.source,
    },
  });
  await sendConfirmation(ctx, row);
  return toView(row);
}

export async function removeContact(ctx: AccountContext, contactId: string): Promise<void> {
  const contact = await contactOf(ctx, contactId);
  const db = await getDb();
  await db
    .delete(notificationContacts)
    .where(
      and(
        eq(notificationContacts.id, contact.id),
        eq(notificationContacts.accountId, ctx.account.id),
      ),
    );
  await recordAudit(ctx, {
    action: "notifications.contact_removed",
    details: { contactId: contact.id, email: contact.email },
  });
}

export async function setContactCategories(
  ctx: AccountContext,
  contactId: string,
  categories: NoticeCategory[],
): Promise<ContactView> {
  const contact = await contactOf(ctx, contactId);
  const db = await getDb();
  const [row] = await db
    .update(notificationContacts)
    .set({ categories })
    .where(eq(notificationContacts.id, contact.id))
    .returning();
  await recordAudit(ctx, {
    action: "notifications.contact_changed",
    details: {
      contactId: contact.id,
      email: contact.email,
      from: contact.categories,
      to: categories,
    },
  });
  return toView(row!);
}

/** Sends the confirmation again (at most every few minutes, so the form is no mail cannon). */
export async function resendConfirmation(ctx: AccountContext, contactId: string): Promise<void> {
  const contact = await contactOf(ctx, contactId);
  if (contact.confirmedAt || contact.unsubscribedAt)
    throw new AppError("conflict:contact", "This contact does not need a confirmation.", {
      messageKey: { key: "custom.noConfirmationNeeded" },
    });
  const db = await getDb();
  const [last] = await db
    .select({ createdAt: notices.createdAt })
    .from(notices)
    .where(and(eq(notices.contactId, contact.id), eq(notices.kind, "confirm_contact")))
    .orderBy(desc(notices.createdAt))
    .limit(1);
  if (last && Date.now() - last.createdAt.getTime() < CONFIRM_RESEND_MS)
    throw new AppError("rate_limited:contact");
  await sendConfirmation(ctx, contact);
  await recordAudit(ctx, {
    action: "notifications.confirmation_resent",
    details: { contactId: contact.id, email: contact.email },
  });
}

export async function noticeSettings(ctx: AccountContext) {
  const db = await getDb();
  const [row] = await db
    .select({ timeZone: accounts.timeZone, reminderDays: accounts.reminderDays })
    .from(accounts)
    .where(eq(accounts.id, ctx.account.id));
  return row ?? { timeZone: "UTC", reminderDays: [30, 14, 7, 3, 1] };
}

export async function saveNoticeSettings(
  ctx: AccountContext,
  input: { timeZone: string; reminderDays: number[] },
) {
  const before = await noticeSettings(ctx);
  const reminderDays = normaliseCadence(input.reminderDays);
  const db = await getDb();
  await db
    .update(accounts)
    .set({ timeZone: input.timeZone, reminderDays })
    .where(eq(accounts.id, ctx.account.id));
  await recordAudit(ctx, {
    action: "notifications.settings_changed",
    details: { from: before, to: { timeZone: input.timeZone, reminderDays } },
  });
  return { timeZone: input.timeZone, reminderDays };
}

// ---- Signed links (no sign-in): the contact the link names, and only for its purpose. ----

async function contactById(id: string) {
  const db = await getDb();
  const [row] = await db
    .select({ contact: notificationContacts, accountName: accounts.name })
    .from(notificationContacts)
    .innerJoin(accounts, eq(accounts.id, notificationContacts.accountId))
    .where(eq(notificationContacts.id, id));
  if (!row)
    throw new AppError("bad_request:link", "This contact no longer exists.", {
      messageKey: { key: "codes.not_found:contact" },
    });
  return row;
}

export async function contactForLink(
  purpose: "confirm" | "preferences" | "unsubscribe",
  token: unknown,
) {
  const { contact, accountName } = await contactById(idFromLink(purpose, token));
  return { ...toView(contact), accountName };
}

export async function confirmContactByLink(token: unknown) {
  const { contact, accountName } = await contactById(idFromLink("confirm", token));
  if (!contact.confirmedAt) {
    const db = await getDb();
    await db
      .update(notificationContacts)
      .set({ confirmedAt: new Date() })
      .where(
        and(eq(notificationContacts.id, contact.id), isNull(notificationContacts.confirmedAt)),
      );
    await recordContactEvent(contact, "notifications.contact_confirmed");
  }
  return { email: contact.email, accountName };
}

export async function unsubscribeByLink(token: unknown) {
  const { contact, accountName } = await contactById(idFromLink("unsubscribe", token));
  if (!contact.unsubscribedAt) {
    const db = await getDb();
    await db
      .update(notificationContacts)
      .set({ unsubscribedAt: new Date() })
      .where(
        and(eq(notificationContacts.id, contact.id), isNull(notificationContacts.unsubscribedAt)),
      );
    await recordContactEvent(contact, "notifications.contact_unsubscribed");
  }
  return { email: contact.email, accountName };
}

/** From the preferences link: which notices, or none at all (unsubscribe); resubscribing is allowed. */
export async function savePreferencesByLink(
  token: unknown,
  input: { categories: NoticeCategory[]; unsubscribe: boolean },
) {
  const { contact } = await contactById(idFromLink("preferences", token));
  const unsubscribe = input.unsubscribe || input.categories.length === 0;
  const db = await getDb();
  const [row] = await db
    .update(notificationContacts)
    .set({
      categories: input.categories.length ? input.categories : contact.categories,
      unsubscribedAt: unsubscribe ? (contact.unsubscribedAt ?? new Date()) : null,
    })
    .where(eq(notificationContacts.id, contact.id))
    .returning();
  await recordContactEvent(contact, "notifications.preferences_changed", {
    categories: row!.categories,
    unsubscribed: unsubscribe,
  });
  return toView(row!);
}

/** The contact acted from a mail: recorded on the account's activity as the system. */
async function recordContactEvent(
  contact: NotificationContactRow,
  action: string,
  details: Record<string, unknown> = {},
) {
  await recordSystemAudit({
    accountId: contact.accountId,
    action,
    details: { contactId: contact.id, email: contact.email, ...details },
  });
}
