/**
 * Reads one of Twilio's field definitions (`detailed_fields` entry) into the input to render.
 * Twilio states little in structure: enum values and "optional" live in prose, a regex may sit in
 * `constraint` (only with IncludeConstraints=true), and "" as constraint marks an optional field.
 */
import type { DetailedField } from "@/lib/domain/types";
import type { FieldKind, FieldSpec } from "./types";

const ENUM_PROSE =
  /choose\s+(?:any\s+)?one\s+(?:of\s+)?(?:the\s+)?following\s+values?\s*:?\s*\[([^\]]*)\]\.?/i;
const OPTIONAL_PROSE =
  /\b(?:this\s+(?:is\s+an|field\s+is)\s+optional(?:\s+field)?|optional\s+field)\b\.?/i;

const SAMPLE_PHONE = "+441234567890";
const SAMPLE_DATE = "2020-01-31";

/** Values listed in prose ("Choose any one of the following values : [YES, NO]."), or null. */
export function parseEnumValues(description: string): string[] | null {
  const m = ENUM_PROSE.exec(description);
  if (!m?.[1]) return null;
  const values = m[1]
    .split(",")
    .map((v) => v.trim().replace(/^["']|["']$/g, ""))
    .filter((v) => v.length > 0);
  return values.length > 0 ? [...new Set(values)] : null;
}

export function isOptionalField(field: DetailedField): boolean {
  return field.constraint === "" || OPTIONAL_PROSE.test(field.description);
}

/** A constraint that is a regex (Twilio's are anchored); null when absent, not one, or invalid. */
export function regexConstraint(constraint: string | undefined): RegExp | null {
  const c = constraint?.trim() ?? "";
  if (!c.startsWith("^") && !c.endsWith("$")) return null;
  try {
    return new RegExp(c);
  } catch {
    return null;
  }
}

function isPhoneRegex(re: RegExp): boolean {
  return re.test(SAMPLE_PHONE) && !re.test(SAMPLE_PHONE.slice(1)) && !re.test("+44 abc");
}

function isDateRegex(re: RegExp): boolean {
  return re.test(SAMPLE_DATE) && !re.test("31/01/2020");
}

function kindOf(field: DetailedField, regex: RegExp | null, options: string[] | null): FieldKind {
  const name = field.machineName.toLowerCase();
  const constraint = field.constraint?.trim();
  if (name === "address_sids" || constraint === "List") return "address";
  if (options) return "enum";
  if (regex && isPhoneRegex(regex)) return "phone";
  if ((regex && isDateRegex(regex)) || /_date$|^date_|birth_?date/.test(name)) return "date";
  if (/\bYYYY-MM-DD\b/.test(field.description)) return "date";
  if (name.includes("email")) return "email";
  if (/website|(^|_)url($|_)/.test(name)) return "url";
  if (/\bE\.164\b/i.test(field.description) && name.includes("phone")) return "phone";
  if (/comment|description/.test(name)) return "textarea";
  return "text";
}

const PLACEHOLDERS: Partial<Record<FieldKind, string>> = {
  email: "name@example.com",
  url: "https://www.example.com",
  phone: SAMPLE_PHONE,
  date: "YYYY-MM-DD",
};

/** Twilio's description minus what the form shows another way (choices, "optional"). */
function hintOf(field: DetailedField, kind: FieldKind): string {
  if (kind === "address") return "Choose the address shown on the document.";
  // A date picker shows the date in the browser's format; Twilio's "in the format YYYY-MM-DD"
  // is what the portal sends, not what the customer types.
  const description =
    kind === "date"
      ? field.description.replace(/,?\s*(in the format|as|format:?)?\s*\(?YYYY-MM-DD\)?/gi, "")
      : field.description;
  return description
    .replace(ENUM_PROSE, "")
    .replace(OPTIONAL_PROSE, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

export function describeField(field: DetailedField): FieldSpec {
  const options = parseEnumValues(field.description);
  const regex = options ? null : regexConstraint(field.constraint);
  const kind = kindOf(field, regex, options);
  const spec: FieldSpec = { kind, required: !isOptionalField(field), hint: hintOf(field, kind) };
  if (options) spec.options = options;
  if (regex && kind !== "address") spec.pattern = regex.source;
  const placeholder = PLACEHOLDERS[kind];
  if (placeholder) spec.placeholder = placeholder;
  return spec;
}

/** Twilio's field names, minus the SID jargon ("Address sid(s)" → "Address"). */
export function fieldLabel(field: DetailedField): string {
  const label = field.friendlyName
    .replace(/\s*\bsids?\b(\(s\))?/gi, "")
    .replace(/\s*\((?:optional)\)\s*$/i, "")
    .trim();
  if (label) return label;
  return field.machineName === "address_sids" ? "Address" : humanize(field.machineName);
}

export function humanize(machineName: string): string {
  const words = machineName.split("_").filter(Boolean);
  return words.map((w, i) => (i === 0 ? w.charAt(0).toUpperCase() + w.slice(1) : w)).join(" ");
}
