"use client";

import { useTranslations } from "next-intl";
import { useFormContext } from "react-hook-form";
import type { FieldDescriptor, GroupValues } from "@/lib/requirements";
import { FieldShell } from "./field-shell";
import { controlClass } from "./styles";

/**
 * One of Twilio's listed values. The values are sent exactly as listed (upper-case matters), so
 * they are also what the customer sees; "" stands for "not chosen" and fails a required field.
 */
export function EnumField({
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
  const live = getValues(field.name); // for the server-rendered HTML (see text-field.tsx)
  const current = typeof field.value === "string" ? field.value : "";
  const options = field.options ?? [];
  // A stored value Twilio no longer lists stays visible, so the customer sees what to change.
  const unlisted = current !== "" && !options.includes(current) ? current : null;

  return (
    <FieldShell id={id} field={field} error={error}>
      {(a11y) => (
        <select
          {...register(field.name)}
          {...a11y}
          defaultValue={typeof live === "string" ? live : ""}
          className={controlClass}
        >
          <option value="">{field.required ? t("chooseOne") : t("none")}</option>
          {unlisted ? (
            <option value={unlisted}>{t("notAccepted", { value: unlisted })}</option>
          ) : null}
          {/* Twilio's values, sent as listed. */}
          {options.map((option) => (
            <option key={option} value={option} lang="en">
              {option}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}
