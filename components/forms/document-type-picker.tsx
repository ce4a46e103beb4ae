"use client";

import { useTranslations } from "next-intl";
import { useFormContext, useFormState } from "react-hook-form";
import type { DocumentTypeOption, GroupValues } from "@/lib/requirements";
import { RequiredMark } from "./field-shell";
import { errorMessage } from "./form-errors";
import { fieldId } from "./ids";
import { errorClass } from "./styles";

/**
 * For a missing document accepting several types: which one the customer adds. Switching the
 * type switches the fields shown below and whether a file is needed (the schema is a union on
 * `type`, so the same resolver validates whichever is chosen).
 */
export function DocumentTypePicker({
  groupId,
  types,
}: {
  groupId: string;
  types: DocumentTypeOption[];
}) {
  const t = useTranslations("Forms.documentType");
  const { register, clearErrors, getValues } = useFormContext<GroupValues>();
  const chosen = getValues("type"); // for the server-rendered HTML (see text-field.tsx)
  const { errors } = useFormState<GroupValues>({ name: "type" });
  const error = errorMessage(errors.type);
  const errorId = fieldId(groupId, "type-error");

  return (
    <fieldset aria-describedby={error ? errorId : undefined}>
      <legend className="font-medium text-slate-900">
        {t("question")}
        <RequiredMark />
      </legend>
      <div className="mt-2 space-y-2">
        {types.map((d) => {
          const id = fieldId(groupId, `type-${d.type}`);
          return (
            <div key={d.type} className="flex items-start gap-2">
              <input
                id={id}
                type="radio"
                value={d.type}
                defaultChecked={chosen === d.type}
                {...register("type", { onChange: () => clearErrors() })}
                aria-describedby={`${id}-hint`}
                className="mt-1 h-4 w-4 accent-blue-700 focus-visible:ring-2 focus-visible:ring-blue-700 focus-visible:ring-offset-2 focus-visible:outline-none"
              />
              <label htmlFor={id} className="text-slate-900">
                <span lang="en">{d.name}</span>
                <span id={`${id}-hint`} className="block text-sm text-slate-700">
                  {d.needsFile ? t("withFile") : t("noFile")}
                </span>
              </label>
            </div>
          );
        })}
      </div>
      {error ? (
        <p id={errorId} role="alert" className={errorClass}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
