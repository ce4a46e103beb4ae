"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { useController, useFormContext } from "react-hook-form";
import type { AddressOption, FieldDescriptor, GroupValues } from "@/lib/requirements";
import { FieldShell } from "./field-shell";
import type { AddressProps } from "./types";
import { NewAddressFieldset } from "./new-address-fieldset";
import type { NewAddressOutput } from "./new-address-schema";
import { useSection } from "./section-context";
import { addressLabel } from "@/lib/requirements/address-options";
import { NEW_ADDRESS } from "@/lib/requirements/text";
import { controlClass, secondaryButtonClass } from "./styles";

/**
 * One of the account's saved addresses, or a new one added on the spot. The select is a single
 * choice; the schema's preprocess turns it into the one-element list Twilio stores. It is a
 * controlled select so a newly added address can be selected in the same render it appears in.
 */
export function AddressField(
  props: { id: string; field: FieldDescriptor; error: string | undefined } & AddressProps,
) {
  return props.field.locked ? <LockedAddress {...props} /> : <EditableAddress {...props} />;
}

/** A carried-over document's address: shown as it is, with why it cannot change here. */
function LockedAddress({
  id,
  field,
  addresses,
}: { id: string; field: FieldDescriptor } & AddressProps) {
  const sids = Array.isArray(field.value) ? field.value : [field.value];
  const labels = sids.map((sid) => addresses.find((a) => a.value === sid)?.label ?? sid);
  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-locked`}>
      <p id={`${id}-label`} className="font-medium" lang="en">
        {field.label}
      </p>
      <p className="mt-1 break-words">{labels.join("; ")}</p>
      <p id={`${id}-locked`} className="mt-1 text-sm text-slate-700">
        {field.locked}
      </p>
    </div>
  );
}

function EditableAddress({
  id,
  field,
  error,
  addresses,
}: { id: string; field: FieldDescriptor; error: string | undefined } & AddressProps) {
  const t = useTranslations("Address");
  const { control, setFocus } = useFormContext<GroupValues>();
  const section = useSection();
  const { field: select } = useController({ control, name: field.name });
  // Addresses added here stay listed even before the page re-reads the account's addresses.
  const [added, setAdded] = useState<AddressOption[]>([]);
  const options = [
    ...addresses,
    ...added.filter((a) => !addresses.some((o) => o.value === a.value)),
  ];
  const [adding, setAdding] = useState(false);
  const [announcement, setAnnouncement] = useState("");
  const value = Array.isArray(select.value) ? (select.value[0] ?? "") : (select.value ?? "");
  const panelId = `${id}-new`;

  // The address is made on Twilio when the section is saved; until then it is this choice.
  function onAdded(address: NewAddressOutput) {
    const label = t("newChoice", { address: addressLabel(address) });
    setAdded((prev) => [
      ...prev.filter((a) => a.value !== NEW_ADDRESS),
      { value: NEW_ADDRESS, label },
    ]);
    section?.setNewAddress(address);
    select.onChange(NEW_ADDRESS);
    setAdding(false);
    setAnnouncement(t("selected", { address: label }));
    setFocus(field.name);
  }

  return (
    <div>
      <FieldShell id={id} field={field} error={error}>
        {(a11y) => (
          <select
            {...a11y}
            ref={select.ref}
            name={select.name}
            value={value}
            onChange={(e) => select.onChange(e.target.value)}
            onBlur={select.onBlur}
            className={controlClass}
          >
            <option value="">{options.length > 0 ? t("choose") : t("noneYet")}</option>
            {groupsOf(options).map(([group, list]) =>
              group ? (
                <optgroup key={group} label={group}>
                  {list.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ) : (
                list.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))
              ),
            )}
          </select>
        )}
      </FieldShell>
      <p role="status" className="mt-1 text-sm text-green-800">
        {announcement}
      </p>
      <button
        type="button"
        aria-expanded={adding}
        aria-controls={panelId}
        onClick={() => setAdding((open) => !open)}
        className={`mt-2 ${secondaryButtonClass}`}
      >
        {t("addNew")}
      </button>
      <NewAddressFieldset
        id={panelId}
        hidden={!adding}
        country={field.country}
        onAdded={onAdded}
        onCancel={() => setAdding(false)}
      />
    </div>
  );
}

/** Options in their groups, in order; ungrouped ones (just added here) last. */
function groupsOf(options: AddressOption[]): Array<[string | null, AddressOption[]]> {
  const groups = new Map<string | null, AddressOption[]>();
  for (const o of options) {
    const key = o.group ?? null;
    groups.set(key, [...(groups.get(key) ?? []), o]);
  }
  const ungrouped = groups.get(null);
  groups.delete(null);
  return [...groups, ...(ungrouped ? [[null, ungrouped] as [null, AddressOption[]]] : [])];
}
