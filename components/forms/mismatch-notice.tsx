"use client";

import type { MouseEvent } from "react";
import { useFormContext, useFormState } from "react-hook-form";
import type { FieldDescriptor, FieldMismatch, GroupValues } from "@/lib/requirements";
import { lowerLabel } from "@/lib/requirements/text";
import { secondaryButtonClass } from "./styles";

/**
 * A document field that disagrees with the customer's details: both values side by side and a
 * one-click fix that copies the details' value into this field and saves the section. (We say
 * "your details", never "End-User": customers do not see Twilio's vocabulary.)
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
  const { setValue, control } = useFormContext<GroupValues>();
  const { isSubmitting } = useFormState({ control });
  const label = lowerLabel(field.label);

  function copyDetailsValue(event: MouseEvent<HTMLButtonElement>) {
    const form = event.currentTarget.form;
    setValue(field.name, mismatch.endUserValue, { shouldDirty: true, shouldValidate: true });
    form?.requestSubmit();
  }

  return (
    <div
      id={id}
      className="mt-3 rounded-md border border-slate-400 bg-slate-50 p-3 text-sm text-slate-900"
    >
      <p className="font-semibold">The {label} here differs from your details.</p>
      <dl className="mt-2 grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="text-slate-700">In your details:</dt>
          <dd className="font-medium break-words">{mismatch.endUserValue}</dd>
        </div>
        <div>
          <dt className="text-slate-700">On this document:</dt>
          <dd className="font-medium break-words">{mismatch.documentValue}</dd>
        </div>
      </dl>
      <button
        type="button"
        onClick={copyDetailsValue}
        disabled={isSubmitting}
        aria-describedby={`${id}-use`}
        className={`mt-3 ${secondaryButtonClass}`}
      >
        Use “{mismatch.endUserValue}” here
      </button>
      <p id={`${id}-use`} className="mt-1 text-slate-700">
        Copies the value from your details into the {label} of this document and sends this section
        at once. If the document is right instead, correct your details.
      </p>
    </div>
  );
}
