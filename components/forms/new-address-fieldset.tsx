"use client";

import { useMemo, useState, type KeyboardEvent } from "react";
import { useForm } from "react-hook-form";
import { AddressLine } from "./address-line";
import { deferredResolver } from "./deferred-resolver";
import { ADDRESS_LINES, EMPTY_ADDRESS } from "./new-address-lines";
import type { NewAddressOutput, NewAddressValues } from "./new-address-schema";
import { primaryButtonClass, secondaryButtonClass } from "./styles";

const OFFLINE = "The address could not be checked. Check your connection and try again.";

/**
 * A new Address, inside the group's <form>: HTML forbids nested forms, so this is a fieldset with
 * its own react-hook-form and a type="button" that validates it and hands it to the section.
 * Enter in one of its inputs adds the address instead of submitting the surrounding section.
 */
export function NewAddressFieldset({
  id,
  hidden,
  onAdded,
  onCancel,
}: {
  id: string;
  hidden: boolean;
  onAdded: (address: NewAddressOutput) => void;
  onCancel: () => void;
}) {
  // zod and the schema load when the fieldset is first focused (./deferred-resolver.ts).
  const resolver = useMemo(
    () =>
      deferredResolver<NewAddressValues, NewAddressOutput>(
        () => import("./schema-resolvers").then((m) => m.newAddressResolver()),
        OFFLINE,
      ),
    [],
  );
  const form = useForm<NewAddressValues, unknown, NewAddressOutput>({
    resolver,
    defaultValues: EMPTY_ADDRESS,
  });
  const { handleSubmit, reset } = form;
  const [message, setMessage] = useState<string | null>(null);

  const add = handleSubmit(
    (values) => {
      // Checked here; made on Twilio only when the section is saved (it used to be made now,
      // and stayed on the account if the section never was).
      setMessage(null);
      reset(EMPTY_ADDRESS);
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

  return (
    <fieldset
      id={id}
      hidden={hidden}
      onKeyDown={onKeyDown}
      onFocus={resolver.preload}
      className="mt-3 rounded-md border border-slate-400 p-4"
    >
      <legend className="px-1 font-semibold text-slate-900">New address</legend>
      {message ? (
        <p
          role="alert"
          className="mb-3 rounded-md border border-red-700 bg-red-50 px-3 py-2 text-sm text-red-900"
        >
          {message}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {ADDRESS_LINES.map((line) => (
          <AddressLine key={line.name} idPrefix={id} spec={line} form={form} />
        ))}
      </div>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="button" onClick={() => void add()} className={primaryButtonClass}>
          Add this address
        </button>
        <button type="button" onClick={onCancel} className={secondaryButtonClass}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}
