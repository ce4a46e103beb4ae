/**
 * The languages the portal speaks (issue 16). Pure, and free of next-intl, so the header, the
 * negotiation and the tests share one list. English is the source catalog; the others must have
 * every key it has (lib/i18n/catalogs.test.ts).
 */
export const LOCALES = ["en", "de", "fr", "es", "ja"] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language in its own words, as the switcher offers it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  ja: "日本語",
};

/** The cookie a signed-out visitor's choice is kept in (signed-in users' is on their row). */
export const LOCALE_COOKIE = "portal-locale";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
