/**
 * A new Address (Twilio's Addresses resource) for an `address_sids` field: checked in the browser
 * when added, and again on the server when the section's save carries it (and creates it). The
 * rules are those of lib/actions/schemas/update.ts's `newAddressFields`; the messages are in the
 * customer's language (`t`: the "Validation" catalog), which is why the schema is made per call.
 */
import { z } from "zod";
import { isCountryCode } from "@/lib/format/country";
import type { ValidationT } from "./field-checks";

type Line = "customerName" | "street" | "city" | "region" | "postalCode";

export function newAddressSchema(t: ValidationT) {
  const line = (name: Line, max = 120) => {
    const label = t(`newAddress.lines.${name}`);
    return z
      .string({ error: t("newAddress.required", { line: label }) })
      .trim()
      .min(1, t("newAddress.required", { line: label }))
      .max(max, t("newAddress.tooLong", { line: label, max: String(max) }));
  };
  /** A place name: at least two characters, letters among them ("1", "x", "-" are not a city). */
  const placeName = (name: Line, example: string) =>
    line(name).refine(
      (v) => v.length >= 2 && /\p{L}/u.test(v),
      t("newAddress.incomplete", { line: t(`newAddress.lines.${name}`), example }),
    );
  return z.object({
    customerName: line("customerName"),
    street: placeName("street", "Friedrichstraße 68"),
    streetSecondary: z.string().trim().max(120).optional().default(""),
    city: placeName("city", "Berlin"),
    region: placeName("region", "Berlin"),
    postalCode: line("postalCode", 20).regex(
      /^(?=.*[0-9A-Za-z])[0-9A-Za-z][0-9A-Za-z -]*$/,
      t("newAddress.postalCode", { example: "10117" }),
    ),
    isoCountry: z
      .string({ error: t("newAddress.countryRequired") })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}$/, t("newAddress.countryFormat"))
      .refine(isCountryCode, t("newAddress.countryUnknown")),
  });
}

export type NewAddressSchema = ReturnType<typeof newAddressSchema>;
export type NewAddressValues = z.input<NewAddressSchema>;
export type NewAddressOutput = z.output<NewAddressSchema>;
