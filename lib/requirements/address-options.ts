/** The account's addresses as choices for an address field. */
import type { Address } from "@/lib/domain/types";
import { countryName } from "@/lib/format/country";

export interface AddressOption {
  value: string;
  label: string;
  /** "In Germany" or "Other countries" when the Bundle's country is known (issue 15). */
  group?: string;
}

/** "street, city postal, country" (plus the second street line when there is one). */
export function addressLabel(
  a: Pick<Address, "street" | "city" | "postalCode" | "isoCountry"> & {
    streetSecondary?: string | null;
  },
): string {
  const street = [a.street, a.streetSecondary].filter((s) => s && s.trim()).join(" ");
  const place = [a.city, a.postalCode].filter((s) => s && s.trim()).join(" ");
  return [street, place, a.isoCountry].filter((s) => s && s.trim()).join(", ");
}

/**
 * The account's addresses as choices; with the Bundle's country, its addresses come first under
 * "In <country>" and the rest under "Other countries" (a German Bundle offered five countries'
 * addresses in one flat list).
 */
export function addressOptions(
  addresses: readonly Address[],
  bundleCountry?: string | null,
): AddressOption[] {
  const options = addresses.map((a) => ({
    value: a.sid,
    label: addressLabel(a) || a.sid,
    country: a.isoCountry?.toUpperCase() ?? null,
  }));
  if (!bundleCountry) return options.map(({ value, label }) => ({ value, label }));
  const home = bundleCountry.toUpperCase();
  const inHome = options.filter((o) => o.country === home);
  const elsewhere = options.filter((o) => o.country !== home);
  return [
    ...inHome.map(({ value, label }) => ({ value, label, group: `In ${countryName(home)}` })),
    ...elsewhere.map(({ value, label }) => ({ value, label, group: "Other countries" })),
  ];
}
