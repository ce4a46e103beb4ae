/** Input of the language switcher (app/locale-actions.ts). */
import { z } from "zod";
import { keyed } from "@/lib/i18n/keyed";
import { LOCALES } from "@/lib/i18n/locales";

export const localeInput = z.object({
  locale: z.enum(LOCALES, { error: keyed("language") }),
});
