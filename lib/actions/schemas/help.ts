/** Input of "Ask support to fix this" (app/(portal)/bundles/[sid]/actions.ts). */
import { z } from "zod";
import { keyed } from "@/lib/i18n/keyed";
import { HELP_NOTE_MAX } from "./limits";
import { bundleSidSchema } from "./update";

export const helpRequestInput = z.object({
  bundleSid: bundleSidSchema,
  note: z
    .string()
    .trim()
    .max(HELP_NOTE_MAX, keyed("helpNote", { max: HELP_NOTE_MAX }))
    .optional()
    .default(""),
});
