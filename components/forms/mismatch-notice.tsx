"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { useFormContext, useFormState } from "react-hook-form";
import type { FieldDescriptor, FieldMismatch, GroupValues } from "@/lib/requirements";
import { showDate } from "@/lib/requirements/dates";
import { lowerLabel } from "@/lib/requirements/text";
import { sanitizeId } from "./ids";
import { useSection } from "./section-context";
import { secondaryButtonClass } from "./styles";

/**
 * A document field that disagrees with the customer's details: both values side by side, and
 * the customer says which the document really shows. The details' value goes onto the document
 * only with that answer — as a correction of what was typed, or with a new file showing it —
 * never silently over what is printed (we say "your details", never Twilio's "End-User").
 */
export function MismatchNotice({
  id,
  field,
  mismatch,
}: {
  id: string;
  field: FieldDescriptor;
  mismatch: FieldMismatch;
}) {
  const t = useTranslations("Forms.mismatch");
  const locale = useLocale();
  const { setValue, control } = useFormContext<GroupValues>();
  const { isSubmitting } = useFormState({ control });
  const section = useSection();
  const label = lowerLabel(field.label);
  const takeDetailsValue = () =>
    setValue(field.name, mismatch.endUserValue, { shouldDirty: true, shouldValidate: true });

  function typedWrong(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    takeDetailsValue();
    form?.requestSubmit();
  }

  function newDocument() {
    takeDetailsValue();
    section?.requireNewFile(t("needsNewFile", { value: mismatch.endUserValue, field: label }));
  }

  const detailsSid = mismatch.endUserGroupId.split(":")[1];
  const detailsHref =
    section && detailsSid
      ? `/bundles/${section.originalSid}/update?edit=${detailsSid}#${sanitizeId(mismatch.endUserGroupId)}`
      : null;
  const button = `${secondaryButtonClass} mt-2 max-w-full text-left whitespace-normal break-words`;
  // The values as typed; a date as the customer's language writes it (it is stored as ISO).
  const shown = (value: string) => (field.kind === "date" ? showDate(value, locale) : value);

  return (
    <div
      id={id}
      className="mt-3 rounded-md border border-slate-400 bg-slate-50 p-3 text-sm text-slate-900"
    >
      <p className="font-semibold">{t("differs", { field: label })}</p>
      <dl className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-slate-700">{t("inDetails")}</dt>
          <dd className="font-medium break-words">{shown(mismatch.endUserValue)}</dd>
        </div>
        <div>
          <dt className="text-slate-700">{t("entered")}</dt>
          <dd className="font-medium break-words">{shown(mismatch.documentValue)}</dd>
        </div>
      </dl>
      <p className="mt-3 font-medium">{t("question")}</p>
      <div className="flex flex-col items-start">
        <button type="button" onClick={typedWrong} disabled={isSubmitting} className={button}>
          {t("typedWrong", { value: shown(mismatch.endUserValue) })}
        </button>
        <button type="button" onClick={newDocument} disabled={isSubmitting} className={button}>
          {t("newDocument", { value: shown(mismatch.documentValue) })}
        </button>
      </div>
      {detailsHref ? (
        <p className="mt-2">
          {t.rich("detailsWrong", {
            link: (chunks) => (
              <Link
                prefetch={false}
                href={detailsHref}
                className="font-medium text-blue-800 underline underline-offset-2"
              >
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
    </div>
  );
}
