/**
 * Inputs of the notification settings (contacts, time zone, cadence) and of the signed
 * preference links, shared by the forms (client) and the actions (server).
 */
import { z } from "zod";
import { keyed } from "@/lib/i18n/keyed";
import { isTimeZone } from "@/lib/notifications/cadence";
import { NOTICE_CATEGORIES } from "@/lib/notifications/categories";

export { NOTICE_CATEGORIES } from "@/lib/notifications/categories";

/** Form checkboxes arrive as "on"/absent or as an array: both become the list of categories. */
const categories = z
  .array(z.enum(NOTICE_CATEGORIES, { error: keyed("categories.unknown") }))
  .max(NOTICE_CATEGORIES.length)
  .refine((c) => c.length > 0, keyed("categories.none"))
  .transform((c) => [...new Set(c)]);

export const contactEmail = z
  .string({ error: keyed("email.missing") })
  .trim()
  .min(1, keyed("email.missing"))
  .max(254, keyed("email.long", { max: 254 }))
  .pipe(z.email({ error: keyed("email.format") }))
  .transform((e) => e.toLowerCase());

export const addContactInput = z.object({
  email: contactEmail,
  name: z
    .string()
    .trim()
    .max(120, keyed("contactName", { max: 120 }))
    .transform((n) => (n === "" ? null : n))
    .nullable()
    .default(null),
  categories,
});

export const contactIdInput = z.object({ contactId: z.uuid("Unknown contact.") });

export const contactCategoriesInput = z.object({
  contactId: z.uuid("Unknown contact."),
  categories,
});

export const accountNoticeSettingsInput = z.object({
  timeZone: z
    .string()
    .trim()
    .min(1, "Choose a time zone.")
    .refine(isTimeZone, "That is not a time zone we know (for example Europe/Berlin)."),
  reminderDays: z
    .array(
      z.coerce
        .number()
        .int("Whole days only.")
        .min(1, "At least 1 day.")
        .max(90, "At most 90 days."),
    )
    .min(1, "Keep at least one reminder.")
    .max(8, "At most 8 reminders."),
});

/** A preferences change from a signed link (no sign-in). */
export const linkPreferencesInput = z.object({
  token: z.string().min(10).max(200),
  categories: z.array(z.enum(NOTICE_CATEGORIES)).max(NOTICE_CATEGORIES.length).default([]),
  unsubscribe: z.boolean().default(false),
});

export const linkTokenInput = z.object({ token: z.string().min(10).max(200) });
