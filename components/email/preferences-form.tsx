"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { NOTICE_CATEGORIES } from "@/lib/notifications/categories";
import type { NoticeCategory } from "@/lib/db/schema";
import { primaryButtonClass, secondaryButtonClass } from "@/components/forms/styles";

/** Which emails a contact gets, from a signed link: categories, or none at all. */
export function PreferencesForm({
  token,
  initial,
  unsubscribed,
  save,
}: {
  token: string;
  initial: NoticeCategory[];
  unsubscribed: boolean;
  save: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("EmailLinks.preferences");
  const categoryLabel = useTranslations("NoticeCategories");
  const [categories, setCategories] = useState<NoticeCategory[]>(unsubscribed ? [] : initial);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const submit = (unsubscribe: boolean) =>
    startTransition(async () => {
      const result = await save({ token, categories: unsubscribe ? [] : categories, unsubscribe });
      setMessage(
        result.ok
          ? {
              ok: true,
              text: unsubscribe || categories.length === 0 ? t("savedNone") : t("savedSome"),
            }
          : { ok: false, text: result.message },
      );
      if (result.ok && unsubscribe) setCategories([]);
    });
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        submit(false);
      }}
    >
      <fieldset>
        <legend className="font-medium">{t("sendMe")}</legend>
        {NOTICE_CATEGORIES.map((c) => (
          <label key={c} className="mt-2 flex items-center gap-2">
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
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonClass} disabled={pending}>
          {t("save")}
        </button>
        <button
          type="button"
          className={secondaryButtonClass}
          disabled={pending}
          onClick={() => submit(true)}
        >
          {t("unsubscribeAll")}
        </button>
      </div>
      <p
        role={message && !message.ok ? "alert" : "status"}
        className={message?.ok ? "text-green-900" : "text-red-800"}
      >
        {message?.text}
      </p>
    </form>
  );
}
