/**
 * The new-address fieldset's inputs (zod-free: the fieldset renders them with the page). Their
 * order and names follow the address's country (lib/requirements/address-layout.ts); the labels
 * are the "Address" catalog's, in the customer's language.
 */
import type { AddressLayout, AddressPart } from "@/lib/requirements/address-layout";
import type { NewAddressValues } from "./new-address-schema";

export interface AddressLineSpec {
  name: keyof NewAddressValues & AddressPart;
  /** Autofill tokens (WCAG 1.3.5), e.g. "address-line1". */
  autoComplete: string;
  optional?: boolean;
  maxLength?: number;
}

export const ADDRESS_LINES: readonly AddressLineSpec[] = [
  { name: "customerName", autoComplete: "organization" },
  { name: "street", autoComplete: "address-line1" },
  { name: "streetSecondary", autoComplete: "address-line2", optional: true },
  { name: "city", autoComplete: "address-level2" },
  { name: "region", autoComplete: "address-level1" },
  { name: "postalCode", autoComplete: "postal-code" },
  // No maxLength: "Frankreich" cut to "Fr" would be taken as FR; the schema says what to enter.
  { name: "isoCountry", autoComplete: "country" },
];

export function lineSpec(name: AddressPart): AddressLineSpec {
  return ADDRESS_LINES.find((l) => l.name === name)!;
}

/** The "Address" catalog key of a part's label where `layout`'s country is. */
export function labelKey(part: AddressPart, layout: AddressLayout) {
  switch (part) {
    case "street":
      return `street.${layout.names.street}` as const;
    case "city":
      return `city.${layout.names.city}` as const;
    case "region":
      return `region.${layout.names.region}` as const;
    case "postalCode":
      return `postalCode.${layout.names.postalCode}` as const;
    default:
      return part;
  }
}

export const EMPTY_ADDRESS: NewAddressValues = {
  customerName: "",
  street: "",
  streetSecondary: "",
  city: "",
  region: "",
  postalCode: "",
  isoCountry: "",
};
