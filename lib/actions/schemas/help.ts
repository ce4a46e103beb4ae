/** Input of "Ask support to fix this" (app/(portal)/bundles/[sid]/actions.ts). */
import { z } from "zod";
import { HELP_NOTE_MAX } from "./limits";
import { bundleSidSchema } from "./update";

export const helpRequestInput = z.object({
  bundleSid: bundleSidSchema,
  note: z
    .string()
    .trim()
    .max(HELP_NOTE_MAX, `Keep the note under ${HELP_NOTE_MAX} characters.`)
    .optional()
    .default(""),
});
