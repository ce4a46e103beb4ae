import { getLocale, getTranslations } from "next-intl/server";
import { setLocaleAction } from "@/app/locale-actions";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/locales";

/**
 * The header's language choice: each language named in itself, with its `lang`, so a screen
 * reader says "Deutsch" in German. A plain form (works without JavaScript); the page re-renders.
 */
export async function LanguageSwitcher() {
  // The namespace spelled as a type argument: inside Promise.all its inference gives up once
  // the catalog has many namespaces (issue 16), and the keys become `never`.
  const [t, locale] = await Promise.all([
    getTranslations<"Shell.language">("Shell.language"),
    getLocale(),
  ]);
  return (
    <form action={setLocaleAction} className="flex items-center gap-2 text-sm">
      <label htmlFor="language-switcher" className="font-medium">
        {t("label")}
      </label>
      <select
        id="language-switcher"
        name="locale"
        defaultValue={locale}
        className="rounded-md border border-slate-400 bg-white px-2 py-1"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <button
        type="submit"
        className="rounded-md border border-slate-500 bg-white px-3 py-1 font-medium hover:bg-slate-100"
      >
        {t("change")}
      </button>
    </form>
  );
}
