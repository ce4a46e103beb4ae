"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState, type KeyboardEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import { addressLayout } from "@/lib/requirements/address-layout";
import { countryNameIn } from "@/lib/requirements/address-options";
import { AddressLine } from "./address-line";
import { deferredResolver } from "./deferred-resolver";
import { EMPTY_ADDRESS, labelKey, lineSpec } from "./new-address-lines";
import type { NewAddressOutput, NewAddressValues } from "./new-address-schema";
import { primaryButtonClass, secondaryButtonClass } from "./styles";

/** Row layouts: "10117 | Berlin" gives the postal code the narrow column. */
const ROW_CLASS: Record<number, string> = {
  1: "grid gap-4",
  2: "grid gap-4 sm:grid-cols-[minmax(8rem,1fr)_2fr]",
  3: "grid gap-4 sm:grid-cols-3",
};

/**
 * A new Address, inside the group's <form>: HTML forbids nested forms, so this is a fieldset with
 * its own react-hook-form and a type="button" that validates it and hands it to the section.
 * Enter in one of its inputs adds the address instead of submitting the surrounding section.
 * The country comes first (the Bundle's, to start with); the lines below follow the way that
 * country writes addresses (lib/requirements/address-layout.ts), labelled in the customer's
 * language.
 */
export function NewAddressFieldset({
  id,
  hidden,
  country,
  onAdded,
  onCancel,
}: {
  id: string;
  hidden: boolean;
  /** The Bundle's country (ISO code), the address's likely one. */
  country?: string | undefined;
  onAdded: (address: NewAddressOutput) => void;
  onCancel: () => void;
}) {
  const t = useTranslations("Address");
  const input = useTranslations("Input");
  const locale = useLocale();
  const offline = t("offline");
  // zod and the schema load when the fieldset is first focused (./deferred-resolver.ts).
  const resolver = useMemo(
    () =>
      deferredResolver<NewAddressValues, NewAddressOutput>(
        () => import("./schema-resolvers").then((m) => m.newAddressResolver(input)),
        offline,
      ),
    [input, offline],
  );
  const empty = useMemo(() => ({ ...EMPTY_ADDRESS, isoCountry: country ?? "" }), [country]);
  const form = useForm<NewAddressValues, unknown, NewAddressOutput>({
    resolver,
    defaultValues: empty,
  });
  const { handleSubmit, reset, control } = form;
  const [message, setMessage] = useState<string | null>(null);
  const typedCountry = useWatch({ control, name: "isoCountry" }) ?? "";
  const code = /^[A-Za-z]{2}$/.test(typedCountry.trim()) ? typedCountry.trim().toUpperCase() : "";
  const layout = addressLayout(code);
  const countryName = code ? countryNameIn(code, locale) : "";

  const add = handleSubmit(
    (values) => {
      // Checked here; made on Twilio only when the section is saved (it used to be made now,
      // and stayed on the account if the section never was).
      setMessage(null);
      reset(empty);
      onAdded(values);
    },
    (errors) => {
      // Only when the schema could not be loaded (./deferred-resolver.ts); field errors show beside their inputs.
      if (errors.root?.server?.message) setMessage(errors.root.server.message);
    },
  );

  function onKeyDown(event: KeyboardEvent<HTMLFieldSetElement>) {
    if (event.key !== "Enter" || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    void add();
  }

  const countryHint =
    countryName && countryName !== code
      ? `${t("countryHint")} ${t("countryIs", { country: countryName })}`
      : t("countryHint");

  return (
    <fieldset
      id={id}
      hidden={hidden}
      onKeyDown={onKeyDown}
      onFocus={resolver.preload}
      className="mt-3 rounded-md border border-slate-400 p-4"
    >
      <legend className="px-1 font-semibold text-slate-900">{t("legend")}</legend>
      {message ? (
        <p
          role="alert"
          className="mb-3 rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {message}
        </p>
      ) : null}
      <div className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <AddressLine
            idPrefix={id}
            spec={lineSpec("isoCountry")}
            label={t("isoCountry")}
            hint={countryHint}
            form={form}
          />
        </div>
        {layout.rows.map((row) => (
          <div key={row.join("-")} className={ROW_CLASS[row.length] ?? ROW_CLASS[1]}>
            {row.map((part) => (
              <AddressLine
                key={part}
                idPrefix={id}
                spec={lineSpec(part)}
                label={t(labelKey(part, layout))}
                form={form}
              />
            ))}
          </div>
        ))}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={() => void add()} className={primaryButtonClass}>
          {t("add")}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButtonClass}>
          {t("cancel")}
        </button>
      </div>
    </fieldset>
  );
}
