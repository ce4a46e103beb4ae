/**
 * Inputs of the support console's actions, shared by the start form (zodResolver) and the
 * server actions (safeParse). The server adds what the client cannot know: the role, the target
 * account's members and the demo-only duration (lib/dal/impersonation.ts).
 */
import { z } from "zod";
import { keyed } from "@/lib/i18n/keyed";
import { MAX_IMPERSONATION_MINUTES } from "@/lib/impersonation/rules";

/** Scripts written without spaces between words (a Japanese sentence is one "word" to \s). */
const NO_SPACES = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/** "At least a sentence": long enough to mean something, and more than one word. */
export const reasonSchema = z
  .string({ error: keyed("reason.missing") })
  .trim()
  .min(15, keyed("reason.short", { min: 15 }))
  .max(500, keyed("reason.long", { max: 500 }))
  .refine((s) => /\S\s+\S/.test(s) || NO_SPACES.test(s), keyed("reason.oneWord"));

export const ticketSchema = z
  .string()
  .trim()
  .max(64, keyed("ticket.long", { max: 64 }))
  .regex(/^[A-Za-z0-9#/_.:-]*$/, keyed("ticket.characters"))
  .transform((s) => (s === "" ? null : s));

export const startImpersonationInput = z.object({
  accountId: z.uuid(keyed("account")),
  reason: reasonSchema,
  // nullish: the form sends its parsed values, where an empty ticket is already null.
  ticket: ticketSchema.nullish().transform((s) => s ?? null),
  minutes: z.coerce
    .number({ error: keyed("minutes.missing") })
    .int()
    .min(1)
    .max(MAX_IMPERSONATION_MINUTES, keyed("minutes.max", { max: MAX_IMPERSONATION_MINUTES })),
});

export const changeModeInput = z.object({ mode: z.enum(["read_only", "assist"]) });

export const changeRoleInput = z.object({
  userId: z.uuid(),
  role: z.enum(["customer", "support"]),
});
