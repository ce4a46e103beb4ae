/**
 * Per-field checks shared by End-User and Supporting Document evaluation. Pure.
 *
 * Constraint semantics (RegulationField.constraint):
 * - ""       → optional: never fails (also when the description says "This is an optional field.")
 * - "String" → required, non-empty after trimming
 * - "List"   → required, non-empty array of non-empty strings
 * - a regex (starts with "^" or ends with "$") → required and must match
 * - anything else (e.g. "business['x'] != null") → treated as "String"
 * Independently, a description "Choose any one of the following values: [A, B]" restricts the
 * value to one of the listed values (exact, case-sensitive: "yes" is not "YES").
 */
import type { EvaluationInvalidItem, RegulationField } from "../types";

export type FieldRule =
  | { kind: "optional" }
  | { kind: "string" }
  | { kind: "list" }
  | { kind: "pattern"; pattern: RegExp };

export type FieldProblem = "missing" | "format" | "enum";

const patternCache = new Map<string, RegExp | null>();

function compile(source: string): RegExp | null {
  if (!patternCache.has(source)) {
    let re: RegExp | null = null;
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    patternCache.set(source, re);
  }
  return patternCache.get(source) ?? null;
}

export function isOptional(field: RegulationField): boolean {
  return field.constraint === "" || /\bthis is an optional field\b/i.test(field.description);
}

export function fieldRule(field: RegulationField): FieldRule {
  if (isOptional(field)) return { kind: "optional" };
  const c = field.constraint.trim();
  if (c === "List") return { kind: "list" };
  if (c.startsWith("^") || c.endsWith("$")) {
    const pattern = compile(c);
    if (pattern) return { kind: "pattern", pattern };
  }
  return { kind: "string" };
}

/** Values listed in prose ("Choose any one of the following values : [YES, NO]."), or null. */
export function enumValues(description: string): string[] | null {
  const m = /choose\s+(?:any\s+)?one\s+of\s+the\s+following\s+values\s*:?\s*\[([^\]]*)\]/i.exec(
    description,
  );
  if (!m?.[1]) return null;
  const values = m[1]
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v.length > 0);
  return values.length > 0 ? values : null;
}

/** A scalar attribute as trimmed text; objects/arrays/null read as "" (missing). */
export function textValue(value: unknown): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

/** Non-empty array of non-empty strings, trimmed; null when the value is not such a list. */
export function listValue(value: unknown): string[] | null {
  if (!Array.isArray(value) || value.length === 0) return null;
  const items = value.map((v) => (typeof v === "string" ? v.trim() : ""));
  return items.every((v) => v.length > 0) ? items : null;
}

/** Generic check of one value against its field definition; null when it passes. */
export function checkValue(field: RegulationField, value: unknown): FieldProblem | null {
  const rule = fieldRule(field);
  if (rule.kind === "optional") return null;
  if (rule.kind === "list") return listValue(value) ? null : "missing";
  const text = textValue(value);
  if (text === "") return "missing";
  const values = enumValues(field.description);
  if (values && !values.includes(text)) return "enum";
  if (rule.kind === "pattern" && !rule.pattern.test(text)) return "format";
  return null;
}

/** The requirement's fields in `fields` order, with details (fallback: humanized, "String"). */
export function fieldsOf(req: {
  fields: string[];
  detailed_fields: RegulationField[];
}): RegulationField[] {
  const byName = new Map(req.detailed_fields.map((f) => [f.machine_name, f] as const));
  const names = req.fields.length > 0 ? req.fields : req.detailed_fields.map((f) => f.machine_name);
  return names.map(
    (name) =>
      byName.get(name) ?? {
        machine_name: name,
        friendly_name: humanize(name),
        description: "",
        constraint: "String",
      },
  );
}

export function humanize(machineName: string): string {
  return machineName
    .split("_")
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join(" ");
}

export function validItem(field: RegulationField): EvaluationInvalidItem {
  return {
    friendly_name: field.friendly_name,
    object_field: field.machine_name,
    failure_reason: null,
    error_code: null,
  };
}

export function invalidItem(
  field: RegulationField,
  failure_reason: string,
  error_code: number,
): EvaluationInvalidItem {
  return {
    friendly_name: field.friendly_name,
    object_field: field.machine_name,
    failure_reason,
    error_code,
  };
}
