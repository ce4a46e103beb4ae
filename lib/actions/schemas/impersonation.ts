/**
 * Inputs of the support console's actions, shared by the start form (zodResolver) and the
 * server actions (safeParse). The server adds what the client cannot know: the role, the target
 * account's members and the demo-only duration (lib/dal/impersonation.ts).
 */
import { z } from "zod";
import { MAX_IMPERSONATION_MINUTES } from "@/lib/impersonation/rules";

/** "At least a sentence": long enough to mean something, and more than one word. */
export const reasonSchema = z
  .string({ error: "Give a reason." })
  .trim()
  .min(15, "Give the reason in at least a sentence (15 characters or more).")
  .max(500, "Keep the reason under 500 characters.")
  .refine((s) => /\S\s+\S/.test(s), "Give the reason in at least a sentence, not one word.");

export const ticketSchema = z
  .string()
  .trim()
  .max(64, "A ticket reference has at most 64 characters.")
  .regex(/^[A-Za-z0-9#/_.:-]*$/, "Use letters, digits and # / _ . : - only.")
  .transform((s) => (s === "" ? null : s));

export const startImpersonationInput = z.object({
  accountId: z.uuid("Choose an account."),
  reason: reasonSchema,
  // nullish: the form sends its parsed values, where an empty ticket is already null.
  ticket: ticketSchema.nullish().transform((s) => s ?? null),
  minutes: z.coerce
    .number({ error: "Choose how long you need." })
    .int()
    .min(1)
    .max(MAX_IMPERSONATION_MINUTES, `At most ${MAX_IMPERSONATION_MINUTES} minutes.`),
});

export const changeModeInput = z.object({ mode: z.enum(["read_only", "assist"]) });

export const changeRoleInput = z.object({
  userId: z.uuid(),
  role: z.enum(["customer", "support"]),
});
