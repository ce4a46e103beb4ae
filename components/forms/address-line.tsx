"use client";

import type { UseFormReturn } from "react-hook-form";
import { OptionalMark, RequiredMark } from "./field-shell";
import { describedBy } from "./ids";
import type { AddressLineSpec } from "./new-address-lines";
import type { NewAddressOutput, NewAddressValues } from "./new-address-schema";
import { controlClass, errorClass, hintClass } from "./styles";

/** One input of the new-address fieldset, labelled and described like the generated fields. */
export function AddressLine({
  idPrefix,
  spec,
  label,
  hint,
  form,
}: {
  idPrefix: string;
  spec: AddressLineSpec;
  /** In the customer's language, as the address's country names the line. */
  label: string;
  hint?: string | undefined;
  form: UseFormReturn<NewAddressValues, unknown, NewAddressOutput>;
}) {
  const id = `${idPrefix}-${spec.name}`;
  const error = form.formState.errors[spec.name]?.message;
  return (
    <div>
      <label htmlFor={id} className="block font-medium text-slate-900">
        {label}
        {spec.optional ? <OptionalMark /> : <RequiredMark />}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className={hintClass}>
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        type="text"
        {...form.register(spec.name)}
        required={!spec.optional}
        autoComplete={spec.autoComplete}
        maxLength={spec.maxLength}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(error && `${id}-error`, hint && `${id}-hint`)}
        className={controlClass}
      />
      {error ? (
        <p id={`${id}-error`} role="alert" className={errorClass}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
