/** Input of the language switcher (app/locale-actions.ts). */
import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const localeInput = z.object({
  locale: z.enum(LOCALES, { error: "Choose one of the languages listed" }),
});
