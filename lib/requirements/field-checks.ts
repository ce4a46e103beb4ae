/**
 * Format checks per field kind, with the message a customer sees when a value fails, in the
 * customer's language (`t`: the "Validation" catalog; the browser and the server both pass one).
 */
import { z } from "zod";
import type { Translator } from "@/lib/i18n/translator";
import { ISO_DATE, isRealDate, lowerLabel } from "./text";
import type { FieldDescriptor } from "./types";

export { isRealDate, lowerLabel };

export const ADDRESS_SID = /^AD[0-9a-fA-F]{32}$/;
export const E164 = /^\+[1-9]\d{1,14}$/;

export type ValidationT = Translator<"Validation">;

export interface Check {
  test: (value: string) => boolean;
  message: string;
}

const emailSchema = z.email();
const urlSchema = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });

/** Years a compliance record can mean (a registration, an ID's expiry, a birth). */
export const YEAR_RANGE = { min: 1900, max: 2100 } as const;

const isBirthDate = (field: FieldDescriptor) =>
  /birth|(^|_)dob($|_)/i.test(field.name) || /birth/i.test(field.label);

/** Today as YYYY-MM-DD (UTC): ISO dates compare as strings. */
const today = () => new Date().toISOString().slice(0, 10);

function compile(pattern: string | undefined): RegExp | null {
  if (!pattern) return null;
  try {
    return new RegExp(pattern);
  } catch {
    return null;
  }
}

/** Checks applied to a non-empty text value of `field`. */
export function checksFor(field: FieldDescriptor, t: ValidationT): Check[] {
  const checks: Check[] = [];
  switch (field.kind) {
    case "email":
      checks.push({
        test: (v) => emailSchema.safeParse(v).success,
        message: t("email"),
      });
      break;
    case "url":
      checks.push({
        test: (v) => urlSchema.safeParse(v).success,
        message: t("url"),
      });
      break;
    case "phone":
      checks.push({
        test: (v) => E164.test(v),
        message: t("phone", { example: "+441234567890" }),
      });
      break;
    case "date":
      checks.push({
        test: (v) => ISO_DATE.test(v),
        message: t("date.format"),
      });
      checks.push({
        test: (v) => !ISO_DATE.test(v) || isRealDate(v),
        message: t("date.notReal"),
      });
      checks.push({
        test: (v) => {
          if (!isRealDate(v)) return true; // said above
          const year = Number(v.slice(0, 4));
          return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
        },
        // Years as written, not as numbers ("1,900").
        message: t("date.year", { min: String(YEAR_RANGE.min), max: String(YEAR_RANGE.max) }),
      });
      if (isBirthDate(field))
        checks.push({
          test: (v) => !isRealDate(v) || v <= today(),
          message: t("date.birthInFuture"),
        });
      break;
    default:
      break;
  }
  const pattern = compile(field.pattern);
  if (pattern && field.kind !== "phone")
    checks.push({
      test: (v) => pattern.test(v),
      message: field.placeholder
        ? t("patternExample", { field: lowerLabel(field.label), example: field.placeholder })
        : t("pattern", { field: lowerLabel(field.label) }),
    });
  return checks;
}

/**
 * The longest value a field takes. Twilio documents no limits on attributes; these are far
 * beyond any real name or number (and RFC 5321's 254 for email), yet keep a pasted page out of
 * a compliance record (issue 10: a 60,000-character name reached Twilio).
 */
export const MAX_LENGTH: Record<FieldDescriptor["kind"], number> = {
  text: 200,
  textarea: 2000,
  email: 254,
  url: 2048,
  phone: 16,
  date: 10,
  enum: 200,
  address: 34,
};

export function maxLengthOf(field: FieldDescriptor): number {
  return MAX_LENGTH[field.kind];
}

export type FieldContext = "end_user" | "supporting_document";

/** The message for an empty required field. */
export function requiredMessage(
  field: FieldDescriptor,
  context: FieldContext,
  t: ValidationT,
): string {
  // Twilio's label, in Twilio's English, inside the customer's sentence.
  const label = lowerLabel(field.label);
  if (field.kind === "address") return t("required.address");
  if (field.kind === "enum" && field.options)
    return t("chooseOneOf", { options: field.options.join(", ") });
  if (field.kind === "date") return t("required.date", { field: label });
  if (context === "supporting_document") return t("required.onDocument", { field: label });
  if (/business_name|registration_number/.test(field.name))
    return t("required.onRegistration", { field: label });
  return t("required.text", { field: label });
}
