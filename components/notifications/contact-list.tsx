"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { NOTICE_CATEGORIES } from "@/lib/notifications/categories";
import type { NoticeCategory } from "@/lib/db/schema";
import { primaryButtonClass, secondaryButtonClass } from "@/components/forms/styles";

export interface ContactItem {
  id: string;
  email: string;
  name: string | null;
  categories: NoticeCategory[];
  state: "pending" | "confirmed" | "unsubscribed";
  source: string;
}

type Act = (input: unknown) => Promise<ActionResult<unknown>>;

/** Each state's colour; its words are Settings.list.state.<state> and <state>Help. */
const STATE_CLASS: Record<ContactItem["state"], string> = {
  confirmed: "bg-green-100 text-green-900",
  pending: "bg-amber-100 text-amber-950",
  unsubscribed: "bg-slate-200 text-slate-900",
};

/** The account's contacts, each with what they get and the actions on them. */
export function ContactList({
  contacts,
  actions,
}: {
  contacts: ContactItem[];
  actions: { setCategories: Act; resend: Act; remove: Act };
}) {
  const t = useTranslations("Settings.list");
  if (contacts.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  return (
    <ul
      className="divide-y divide-slate-200 rounded-md border border-slate-300"
      aria-label={t("label")}
    >
      {contacts.map((c) => (
        <ContactRow key={c.id} contact={c} actions={actions} />
      ))}
    </ul>
  );
}

function ContactRow({
  contact,
  actions,
}: {
  contact: ContactItem;
  actions: { setCategories: Act; resend: Act; remove: Act };
}) {
  const t = useTranslations("Settings.list");
  const categoryLabel = useTranslations("NoticeCategories");
  const [categories, setCategories] = useState<NoticeCategory[]>(contact.categories);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const changed =
    categories.length !== contact.categories.length ||
    categories.some((c) => !contact.categories.includes(c));

  const run = (act: Act, input: unknown, success: string) =>
    startTransition(async () => {
      const result = await act(input);
      setMessage(result.ok ? success : result.message);
    });

  const heading = contact.name ? `${contact.name} (${contact.email})` : contact.email;
  return (
    <li className="space-y-3 p-4">
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 className="font-semibold [overflow-wrap:anywhere]">{heading}</h3>
        <span className={`rounded px-2 py-0.5 text-sm font-medium ${STATE_CLASS[contact.state]}`}>
          {t(`state.${contact.state}`)}
        </span>
        {contact.source === "bundle_email" ? (
          <span className="text-sm text-slate-700">{t("fromBundle")}</span>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">{t(`state.${contact.state}Help`)}</p>
      {contact.state !== "unsubscribed" ? (
        <fieldset>
          <legend className="sr-only">{t("emailsOf", { name: heading })}</legend>
          <div className="flex flex-wrap gap-x-5 gap-y-2">
            {NOTICE_CATEGORIES.map((c) => (
              <label key={c} className="flex items-center gap-2 text-sm">
                <input
                  type="checkbox"
                  className="size-4"
                  checked={categories.includes(c)}
                  onChange={(e) =>
                    setCategories((prev) =>
                      e.target.checked ? [...prev, c] : prev.filter((p) => p !== c),
                    )
                  }
                />
                {categoryLabel(c)}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        {contact.state !== "unsubscribed" ? (
          <button
            type="button"
            className={primaryButtonClass + " text-sm"}
            disabled={pending || !changed}
            onClick={() =>
              run(actions.setCategories, { contactId: contact.id, categories }, t("saved"))
            }
          >
            {t("save")}
          </button>
        ) : null}
        {contact.state === "pending" ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() =>
              run(actions.resend, { contactId: contact.id }, t("resent", { email: contact.email }))
            }
          >
            {t("resend")}
          </button>
        ) : null}
        {confirmRemove ? (
          <>
            <button
              type="button"
              className={secondaryButtonClass + " border-red-700 text-red-800"}
              disabled={pending}
              onClick={() => run(actions.remove, { contactId: contact.id }, t("removed"))}
            >
              {t("confirmRemove", { email: contact.email })}
            </button>
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => setConfirmRemove(false)}
            >
              {t("keep")}
            </button>
          </>
        ) : (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => setConfirmRemove(true)}
          >
            {t("remove")}
          </button>
        )}
      </div>
      <p role="status" className="text-sm">
        {message}
      </p>
    </li>
  );
}
