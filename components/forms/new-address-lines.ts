/** The new-address fieldset's inputs (zod-free: the fieldset renders them with the page). */
import type { NewAddressValues } from "./new-address-schema";

export interface AddressLineSpec {
  name: keyof NewAddressValues;
  label: string;
  /** Autofill tokens (WCAG 1.3.5), e.g. "address-line1". */
  autoComplete: string;
  optional?: boolean;
  hint?: string;
  maxLength?: number;
}

export const ADDRESS_LINES: readonly AddressLineSpec[] = [
  { name: "customerName", label: "Name on the address", autoComplete: "organization" },
  { name: "street", label: "Street and number", autoComplete: "address-line1" },
  {
    name: "streetSecondary",
    label: "Apartment, floor, building",
    autoComplete: "address-line2",
    optional: true,
  },
  { name: "city", label: "City", autoComplete: "address-level2" },
  { name: "region", label: "Region or state", autoComplete: "address-level1" },
  { name: "postalCode", label: "Postal code", autoComplete: "postal-code" },
  {
    name: "isoCountry",
    label: "Country code",
    autoComplete: "country",
    // No maxLength: "Frankreich" cut to "Fr" would be taken as FR; the schema says what to enter.
    hint: "Two letters, e.g. DE for Germany or FR for France",
  },
];

export const EMPTY_ADDRESS: NewAddressValues = {
  customerName: "",
  street: "",
  streetSecondary: "",
  city: "",
  region: "",
  postalCode: "",
  isoCountry: "",
};
