/**
 * Which language a request gets: the user's saved choice, else a signed-out visitor's cookie,
 * else the best match of the browser's Accept-Language, else the platform's default.
 */
import { isLocale, LOCALES, type Locale } from "./locales";

/** "de-CH,de;q=0.9,en;q=0.5" → ["de-ch", "de", "en"], by quality, zero-quality ones dropped. */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return {
        tag: tag.trim().toLowerCase(),
        quality: Number.isFinite(quality) ? quality : 0,
        index,
      };
    })
    .filter((l) => l.tag !== "" && l.tag !== "*" && l.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((l) => l.tag);
}

/** The first accepted language the portal has, by its primary subtag ("fr-CA" → fr). */
export function matchLanguage(header: string | null | undefined): Locale | null {
  for (const tag of acceptedLanguages(header)) {
    const primary = tag.split("-")[0];
    const found = LOCALES.find((l) => l === primary);
    if (found) return found;
  }
  return null;
}

export function chooseLocale(input: {
  saved?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
  fallback: Locale;
}): Locale {
  if (isLocale(input.saved)) return input.saved;
  if (isLocale(input.cookie)) return input.cookie;
  return matchLanguage(input.acceptLanguage) ?? input.fallback;
}
