/**
 * Inputs of the update wizard's server actions, shared by the forms (client) and the actions
 * (server). The server adds its own rules on top: the Bundle must be the caller's, and a group's
 * values are re-validated against the schema rebuilt from Twilio's data (lib/requirements).
 */
import { z } from "zod";
import { isCountryCode } from "@/lib/format/country";
import { keyed } from "@/lib/i18n/keyed";

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
      ctx.addIssue({ code: "custom", message: keyed("formData") });
      return z.NEVER;
    }),
  file: z
    .instanceof(File)
    .optional()
    .transform((f) => (f && f.size > 0 ? f : undefined)),
  /** JSON of the address added with the section (checked with `newAddressFields` on save). */
  newAddress: z
    .string()
    .max(5_000, "Too much data in one address")
    .optional()
    .transform((text, ctx) => {
      if (!text) return undefined;
      try {
        const parsed: unknown = JSON.parse(text);
        if (parsed && typeof parsed === "object" && !Array.isArray(parsed))
          return parsed as Record<string, unknown>;
      } catch {
        /* reported below */
      }
      ctx.addIssue({ code: "custom", message: keyed("newAddressData") });
      return z.NEVER;
    }),
});

type AddressPart = "customerName" | "street" | "city" | "region" | "postalCode";

const line = (field: AddressPart, max = 120) =>
  z
    .string({ error: keyed("address.required", { field }) })
    .trim()
    .min(1, keyed("address.required", { field }))
    .max(max, keyed("address.long", { field, max }));

/** A place name: at least two characters, letters among them ("1", "x", "-" are not a city). */
const placeName = (field: AddressPart) =>
  line(field).refine(
    (v) => v.length >= 2 && /\p{L}/u.test(v),
    keyed("address.incomplete", { field }),
  );

/**
 * A new Address (Twilio's Addresses resource) for an `address_sids` field: checked in the browser
 * when added, and again on the server when the section's save carries it (and creates it).
 */
export const newAddressFields = z.object({
  customerName: line("customerName"),
  street: placeName("street"),
  streetSecondary: z.string().trim().max(120).optional().default(""),
  city: placeName("city"),
  region: placeName("region"),
  postalCode: line("postalCode", 20).regex(
    /^(?=.*[0-9A-Za-z])[0-9A-Za-z][0-9A-Za-z -]*$/,
    keyed("address.postalCode"),
  ),
  isoCountry: z
    .string({ error: keyed("address.countryMissing") })
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, keyed("address.countryFormat"))
    .refine(isCountryCode, keyed("address.countryUnknown")),
});
