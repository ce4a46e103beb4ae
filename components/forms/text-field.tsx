"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import type { FieldDescriptor, GroupValues } from "@/lib/requirements";
import { FieldShell } from "./field-shell";
import { autoCompleteFor, inputTypeFor } from "./input-type";
import { controlClass } from "./styles";

/** text, email, url, phone, date and textarea fields: one input bound to react-hook-form. */
export function TextField({
  id,
  field,
  error,
}: {
  id: string;
  field: FieldDescriptor;
  error: string | undefined;
}) {
  const t = useTranslations("Forms");
  const { register, getValues } = useFormContext<GroupValues>();
  // react-hook-form fills inputs through refs after hydration; defaultValue puts the value in the
  // server-rendered HTML too, so the page never shows an empty field first.
  const current = getValues(field.name);
  const defaultValue = typeof current === "string" ? current : "";
  const initial = typeof field.value === "string" ? field.value : "";
  // Decided from the stored value, not the live one, so the input never changes type mid-typing.
  const type = inputTypeFor(field.kind, initial);
  // A date typed as text is sent as YYYY-MM-DD; the placeholder says so in the customer's letters
  // ("JJJJ-MM-TT"). The date picker shows the browser's own format and takes no placeholder.
  const placeholder = field.kind === "date" ? t("datePlaceholder") : field.placeholder;

  return (
    <FieldShell id={id} field={field} error={error}>
      {(a11y) =>
        field.kind === "textarea" ? (
          <textarea
            rows={4}
            {...register(field.name)}
            {...a11y}
            defaultValue={defaultValue}
            placeholder={placeholder}
            className={controlClass}
          />
        ) : (
          <input
            type={type}
            {...register(field.name)}
            {...a11y}
            defaultValue={defaultValue}
            placeholder={type === "date" ? undefined : placeholder}
            autoComplete={autoCompleteFor(field.kind)}
            inputMode={field.kind === "phone" ? "tel" : undefined}
            spellCheck={type === "text" ? undefined : false}
            className={controlClass}
          />
        )
      }
    </FieldShell>
  );
}
