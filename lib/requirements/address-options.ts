/** The account's addresses as choices for an address field. */
import type { Address } from "@/lib/domain/types";

export interface AddressOption {
  value: string;
  label: string;
}

/** "street, city postal, country" (plus the second street line when there is one). */
export function addressLabel(a: Address): string {
  const street = [a.street, a.streetSecondary].filter((s) => s && s.trim()).join(" ");
  const place = [a.city, a.postalCode].filter((s) => s && s.trim()).join(" ");
  return [street, place, a.isoCountry].filter((s) => s && s.trim()).join(", ");
}

export function addressOptions(addresses: readonly Address[]): AddressOption[] {
  return addresses.map((a) => ({ value: a.sid, label: addressLabel(a) || a.sid }));
}
