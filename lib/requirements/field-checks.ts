/** Format checks per field kind, with the message a customer sees when a value fails. */
import { z } from "zod";
import { ISO_DATE, isRealDate, lowerLabel } from "./text";
import type { FieldDescriptor } from "./types";

export { isRealDate, lowerLabel };

export const ADDRESS_SID = /^AD[0-9a-fA-F]{32}$/;
export const E164 = /^\+[1-9]\d{1,14}$/;

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
export function checksFor(field: FieldDescriptor): Check[] {
  const checks: Check[] = [];
  switch (field.kind) {
    case "email":
      checks.push({
        test: (v) => emailSchema.safeParse(v).success,
        message: "Enter a valid email address, e.g. name@example.com",
      });
      break;
    case "url":
      checks.push({
        test: (v) => urlSchema.safeParse(v).success,
        message: "Enter the full web address, starting with https://, e.g. https://www.example.com",
      });
      break;
    case "phone":
      checks.push({
        test: (v) => E164.test(v),
        message: "Use the international format, e.g. +441234567890",
      });
      break;
    case "date":
      checks.push({
        test: (v) => ISO_DATE.test(v),
        message: "Enter the date as YYYY-MM-DD, e.g. 1980-01-31",
      });
      checks.push({
        test: (v) => !ISO_DATE.test(v) || isRealDate(v),
        message: "This date does not exist. Check the day and the month",
      });
      checks.push({
        test: (v) => {
          if (!isRealDate(v)) return true; // said above
          const year = Number(v.slice(0, 4));
          return year >= YEAR_RANGE.min && year <= YEAR_RANGE.max;
        },
        message: `Check the year: it should be between ${YEAR_RANGE.min} and ${YEAR_RANGE.max}`,
      });
      if (isBirthDate(field))
        checks.push({
          test: (v) => !isRealDate(v) || v <= today(),
          message: "A date of birth cannot be in the future",
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
        ? `Enter the ${lowerLabel(field.label)} in the required format, e.g. ${field.placeholder}`
        : `Enter the ${lowerLabel(field.label)} in the required format`,
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
export function requiredMessage(field: FieldDescriptor, context: FieldContext): string {
  const label = lowerLabel(field.label);
  if (field.kind === "address") return "Choose at least one address";
  if (field.kind === "enum" && field.options) return `Choose one of: ${field.options.join(", ")}`;
  if (field.kind === "date") return `Enter the ${label} as YYYY-MM-DD`;
  if (context === "supporting_document") return `Enter the ${label} as it appears on the document`;
  if (/business_name|registration_number/.test(field.name))
    return `Enter the ${label} as it appears on your registration`;
  return `Enter the ${label}`;
}
