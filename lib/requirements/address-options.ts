/** The account's addresses as choices for an address field. */
import type { Address } from "@/lib/domain/types";
import type { Locale } from "@/lib/i18n/locales";
import type { Translator } from "@/lib/i18n/translator";

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

/** "Deutschland" for "DE" in German; the code itself when the runtime does not know it. */
export function countryNameIn(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: "region", fallback: "code" }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The Bundle's country, and the customer's language its group names are written in. */
export interface AddressGrouping {
  country: string | null | undefined;
  t: Translator<"Address">;
  locale: Locale;
}

/**
 * The account's addresses as choices; with the Bundle's country, its addresses come first under
 * "In <country>" and the rest under "Other countries" (a German Bundle offered five countries'
 * addresses in one flat list).
 */
export function addressOptions(
  addresses: readonly Address[],
  grouping?: AddressGrouping,
): AddressOption[] {
  const bundleCountry = grouping?.country;
  const options = addresses.map((a) => ({
    value: a.sid,
    label: addressLabel(a) || a.sid,
    country: a.isoCountry?.toUpperCase() ?? null,
  }));
  if (!grouping || !bundleCountry) return options.map(({ value, label }) => ({ value, label }));
  const { t, locale } = grouping;
  const home = bundleCountry.toUpperCase();
  const inHome = options.filter((o) => o.country === home);
  const elsewhere = options.filter((o) => o.country !== home);
  const homeGroup = t("inCountry", { country: countryNameIn(home, locale) });
  const otherGroup = t("otherCountries");
  return [
    ...inHome.map(({ value, label }) => ({ value, label, group: homeGroup })),
    ...elsewhere.map(({ value, label }) => ({ value, label, group: otherGroup })),
  ];
}
