/** Country names for ISO 3166 codes, from the runtime's Intl data, in the customer's language. */
const byLocale = new Map<string, Intl.DisplayNames>();

function regions(locale: string): Intl.DisplayNames {
  let names = byLocale.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region", fallback: "code" });
    byLocale.set(locale, names);
  }
  return names;
}

/**
 * "Germany" for "DE" ("Deutschland" in "de", "ドイツ" in "ja"); the code itself when the runtime
 * does not know it. `locale` is the request's (useLocale/getLocale).
 */
export function countryName(code: string, locale: string = "en"): string {
  try {
    return regions(locale).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A two-letter code the runtime knows as a country (it answers an unknown one with the code). */
export function isCountryCode(code: string): boolean {
  return /^[A-Za-z]{2}$/.test(code) && countryName(code) !== code.toUpperCase();
}
