/**
 * Inputs of the update wizard's server actions, shared by the forms (client) and the actions
 * (server). The server adds its own rules on top: the Bundle must be the caller's, and a group's
 * values are re-validated against the schema rebuilt from Twilio's data (lib/requirements).
 */
import { z } from "zod";

export const bundleSidSchema = z
  .string({ error: "A Bundle SID is required" })
  .trim()
  .regex(/^BU[0-9a-fA-F]{32}$/, "That is not a Bundle SID");

/** Every step that acts on "the update of this original Bundle" names only the original. */
export const updateStepInput = z.object({ originalSid: bundleSidSchema });

/** Group ids come from lib/requirements (`end_user:IT…`, `document:RD…`, `new_document:<req>`…). */
export const groupIdSchema = z
  .string()
  .trim()
  .regex(
    /^(end_user|document|new_end_user|new_document):[A-Za-z0-9_.-]{1,120}$/,
    "Unknown form section",
  );

/**
 * One form group's submission, sent as FormData: `values` is the JSON of the group's fields
 * (react-hook-form's values), `file` the document file when the group needs one.
 */
export const saveGroupInput = z.object({
  originalSid: bundleSidSchema,
  groupId: groupIdSchema,
  values: z
    .string()
    .max(100_000, "Too much data in one section")
    .transform((text, ctx) => {
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
          return parsed as Record<string, unknown>;
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: "custom", message: "The form data could not be read" });
      return z.NEVER;
    }),
  file: z
    .instanceof(File)
    .optional()
    .transform((f) => (f && f.size > 0 ? f : undefined)),
});

const line = (label: string, max = 120) =>
  z
    .string({ error: `${label} is required` })
    .trim()
    .min(1, `${label} is required`)
    .max(max);

/** A new Address (Twilio's Addresses resource) for an `address_sids` field. */
export const newAddressInput = z.object({
  originalSid: bundleSidSchema,
  customerName: line("Name on the address"),
  street: line("Street"),
  streetSecondary: z.string().trim().max(120).optional().default(""),
  city: line("City"),
  region: line("Region or state"),
  postalCode: line("Postal code", 20),
  isoCountry: z
    .string({ error: "Country is required" })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, "Use the two-letter country code, e.g. DE"),
});
export type NewAddressInput = z.input<typeof newAddressInput>;
