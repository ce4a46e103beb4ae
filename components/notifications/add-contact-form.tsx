"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { addContactInput } from "@/lib/actions/schemas/notifications";
import { NOTICE_CATEGORIES } from "@/lib/notifications/categories";
import { formAlertLines, splitServerErrors } from "@/components/forms/form-errors";
import { controlClass, errorClass, hintClass, primaryButtonClass } from "@/components/forms/styles";
import { useSchemaForm } from "@/components/forms/use-schema-form";

type Output = z.output<typeof addContactInput>;
const FIELDS = [{ name: "email" }, { name: "name" }, { name: "categories", list: true }];
const FIELD_NAMES = new Set(FIELDS.map((f) => f.name));

/** Adds a contact: the same zod schema here and in the action; the server's errors land on the fields. */
export function AddContactForm({
  add,
}: {
  add: (input: unknown) => Promise<ActionResult<{ email: string }>>;
}) {
  const t = useTranslations("Settings.add");
  const categoryLabel = useTranslations("NoticeCategories");
  const [alert, setAlert] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { form, errors, setFieldErrors, reset, focus } = useSchemaForm<Output>({
    load: () => import("@/lib/actions/schemas/notifications").then((m) => m.addContactInput),
    fields: FIELDS,
    onLoadFailure: setAlert,
    onValid: (values) => {
      setAlert(null);
      setStatus(null);
      startTransition(async () => {
        const result = await add(values);
        if (result.ok) {
          reset();
          setStatus(t("added", { email: result.data.email }));
          focus("email");
          return;
        }
        const split = splitServerErrors(result.fieldErrors, FIELD_NAMES);
        setFieldErrors(split.fields);
        setAlert(formAlertLines(result.message, split.form).join(" "));
      });
    },
  });

  return (
    <form {...form} noValidate className="max-w-xl space-y-4" aria-labelledby="add-contact">
      <h2 id="add-contact" className="text-lg font-semibold">
        {t("title")}
      </h2>
      {alert ? (
        <p
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900"
        >
          {alert}
        </p>
      ) : null}
      <div>
        <label htmlFor="contact-email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="contact-email"
          type="email"
          autoComplete="email"
          inputMode="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? "contact-email-error" : undefined}
          name="email"
          className={controlClass}
        />
        {errors.email ? (
          <p id="contact-email-error" className={errorClass}>
            {errors.email}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="contact-name" className="block font-medium">
          {t("name")} <span className="font-normal text-slate-700">{t("optional")}</span>
        </label>
        <input
          id="contact-name"
          type="text"
          autoComplete="name"
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? "contact-name-error" : undefined}
          name="name"
          className={controlClass}
        />
        {errors.name ? (
          <p id="contact-name-error" className={errorClass}>
            {errors.name}
          </p>
        ) : null}
      </div>
      <fieldset
        aria-describedby={
          errors.categories ? "contact-categories-error" : "contact-categories-hint"
        }
      >
        <legend className="font-medium">{t("which")}</legend>
        <p id="contact-categories-hint" className={hintClass}>
          {t("whichHint")}
        </p>
        {NOTICE_CATEGORIES.map((c) => (
          <label key={c} className="mt-2 flex items-center gap-2">
            <input type="checkbox" name="categories" value={c} defaultChecked className="size-4" />
            {categoryLabel(c)}
          </label>
        ))}
        {errors.categories ? (
          <p id="contact-categories-error" className={errorClass}>
            {errors.categories}
          </p>
        ) : null}
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("adding") : t("submit")}
      </button>
      <p role="status" className="text-sm text-green-900">
        {status}
      </p>
    </form>
  );
}
