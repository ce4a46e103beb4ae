"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { CATEGORY_LABELS, NOTICE_CATEGORIES } from "@/lib/notifications/categories";
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

const STATE: Record<ContactItem["state"], { label: string; className: string; help: string }> = {
  confirmed: {
    label: "Confirmed",
    className: "bg-green-100 text-green-900",
    help: "Gets the emails ticked below.",
  },
  pending: {
    label: "Waiting for confirmation",
    className: "bg-amber-100 text-amber-950",
    help: "Gets nothing until they open the confirmation link we emailed them.",
  },
  unsubscribed: {
    label: "Unsubscribed",
    className: "bg-slate-200 text-slate-900",
    help: "Unsubscribed from every email; only they can subscribe again, from an email's preferences link.",
  },
};

/** The account's contacts, each with what they get and the actions on them. */
export function ContactList({
  contacts,
  actions,
}: {
  contacts: ContactItem[];
  actions: { setCategories: Act; resend: Act; remove: Act };
}) {
  if (contacts.length === 0)
    return (
      <p className="text-slate-700">
        No contacts yet: nobody is told about deadlines. Add the people who look after compliance
        below.
      </p>
    );
  return (
    <ul
      className="divide-y divide-slate-200 rounded-md border border-slate-300"
      aria-label="Contacts"
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
  const [categories, setCategories] = useState<NoticeCategory[]>(contact.categories);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const [confirmRemove, setConfirmRemove] = useState(false);
  const state = STATE[contact.state];
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
        <span className={`rounded px-2 py-0.5 text-sm font-medium ${state.className}`}>
          {state.label}
        </span>
        {contact.source === "bundle_email" ? (
          <span className="text-sm text-slate-700">from a Bundle&apos;s email</span>
        ) : null}
      </div>
      <p className="text-sm text-slate-700">{state.help}</p>
      {contact.state !== "unsubscribed" ? (
        <fieldset>
          <legend className="sr-only">Emails {heading} gets</legend>
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
                {CATEGORY_LABELS[c]}
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
              run(actions.setCategories, { contactId: contact.id, categories }, "Saved.")
            }
          >
            Save choices
          </button>
        ) : null}
        {contact.state === "pending" ? (
          <button
            type="button"
            className={secondaryButtonClass}
            disabled={pending}
            onClick={() =>
              run(
                actions.resend,
                { contactId: contact.id },
                `Sent a new confirmation link to ${contact.email}.`,
              )
            }
          >
            Send the confirmation again
          </button>
        ) : null}
        {confirmRemove ? (
          <>
            <button
              type="button"
              className={secondaryButtonClass + " border-red-700 text-red-800"}
              disabled={pending}
              onClick={() => run(actions.remove, { contactId: contact.id }, "Removed.")}
            >
              Yes, remove {contact.email}
            </button>
            <button
              type="button"
              className={secondaryButtonClass}
              onClick={() => setConfirmRemove(false)}
            >
              Keep
            </button>
          </>
        ) : (
          <button
            type="button"
            className={secondaryButtonClass}
            onClick={() => setConfirmRemove(true)}
          >
            Remove
          </button>
        )}
      </div>
      <p role="status" className="text-sm">
        {message}
      </p>
    </li>
  );
}
