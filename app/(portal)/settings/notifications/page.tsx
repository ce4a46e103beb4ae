import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { AddContactForm } from "@/components/notifications/add-contact-form";
import { ContactList } from "@/components/notifications/contact-list";
import { NoticeList } from "@/components/notifications/notice-list";
import { NoticeSettingsForm } from "@/components/notifications/notice-settings-form";
import { requireAccount } from "@/lib/authz/require";
import {
  listContacts,
  listNotices,
  noticeSettings,
  suggestedContacts,
} from "@/lib/dal/notifications";
import { secondaryButtonClass } from "@/components/forms/styles";
import {
  addBundleEmailAction,
  addContactAction,
  removeContactAction,
  resendConfirmationAction,
  saveNoticeSettingsAction,
  setCategoriesAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Settings");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/**
 * Who is told about deadlines and reviews, and when: the account's contacts (each confirms their
 * address first), the addresses Twilio has on the account's Bundles, the time zone and cadence of
 * reminders, and what was sent.
 */
export default async function NotificationSettingsPage() {
  const ctx = await requireAccount();
  const [contacts, suggestions, settings, sent, t] = await Promise.all([
    listContacts(ctx),
    suggestedContacts(ctx),
    noticeSettings(ctx),
    listNotices(ctx, { limit: 20 }),
    getTranslations("Settings"),
  ]);
  const zones = Intl.supportedValuesOf("timeZone");
  if (!zones.includes(settings.timeZone)) zones.unshift(settings.timeZone);
  if (!zones.includes("UTC")) zones.unshift("UTC");
  return (
    // The contact and reminder forms are Client Components: they get these words in the browser.
    <ClientMessages namespaces={["Settings", "NoticeCategories"]}>
      <div className="space-y-10">
        <div>
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-1 max-w-3xl text-slate-700">
            {t.rich("intro", {
              account: ctx.account.name,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
          </p>
        </div>
        <section aria-labelledby="contacts" className="space-y-4">
          <h2 id="contacts" className="text-lg font-semibold">
            {t("contacts")}
          </h2>
          <ContactList
            contacts={contacts}
            actions={{
              setCategories: setCategoriesAction,
              resend: resendConfirmationAction,
              remove: removeContactAction,
            }}
          />
          {suggestions.length ? (
            <div className="rounded-md border border-slate-300 bg-slate-50 p-4">
              <h3 className="font-semibold">{t("suggestions.title")}</h3>
              <p className="text-sm text-slate-700">{t("suggestions.intro")}</p>
              <ul className="mt-2 space-y-2">
                {suggestions.map((s) => (
                  <li key={s.email} className="flex flex-wrap items-center gap-3">
                    <span className="[overflow-wrap:anywhere]">
                      <span className="font-medium">{s.email}</span>{" "}
                      <span className="text-sm text-slate-700">({s.bundles.join(", ")})</span>
                    </span>
                    <form
                      action={async () => {
                        "use server";
                        await addBundleEmailAction({ email: s.email });
                      }}
                    >
                      <button type="submit" className={secondaryButtonClass}>
                        {t("suggestions.add", { email: s.email })}
                      </button>
                    </form>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
        <AddContactForm add={addContactAction} />
        <NoticeSettingsForm initial={settings} zones={zones} save={saveNoticeSettingsAction} />
        <section aria-labelledby="sent" className="space-y-3">
          <h2 id="sent" className="text-lg font-semibold">
            {t("sent")}
          </h2>
          <NoticeList notices={sent} timeZone={settings.timeZone} empty={t("noneSent")} />
        </section>
      </div>
    </ClientMessages>
  );
}
