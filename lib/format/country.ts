/** Country names for ISO 3166 codes, from the runtime's Intl data (English until issue 16). */
const regions = new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });

/** "Germany" for "DE"; the code itself when the runtime does not know it. */
export function countryName(code: string): string {
  try {
    return regions.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** A two-letter code the runtime knows as a country (it answers an unknown one with the code). */
export function isCountryCode(code: string): boolean {
  return /^[A-Za-z]{2}$/.test(code) && countryName(code) !== code.toUpperCase();
}
