import { GatewayError } from "./errors";

/**
 * Defensive readers for vendor data. Inputs are either SDK instances (camelCase, Dates) or raw
 * JSON (snake_case, strings, e.g. the upload response), so each field is looked up by its
 * camelCase name first and its snake_case name second. The SDK types several fields as `any`.
 */
export type Raw = Record<string, unknown>;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export function asRaw(value: unknown, what: string): Raw {
  if (value && typeof value === "object" && !Array.isArray(value)) return value as Raw;
  throw invalidResponse(`${what}: expected an object`);
}

export function invalidResponse(detail: string): GatewayError {
  return new GatewayError({
    code: "invalid_response:twilio",
    userMessage: "Something went wrong on our side. Please try again later.",
    retryable: false,
    visibility: "log",
    message: `Unexpected response from Twilio: ${detail}`,
  });
}

export function get(raw: Raw, key: string): unknown {
  const value = raw[key];
  return value === undefined ? raw[snake(key)] : value;
}

export function requiredString(raw: Raw, key: string, what: string): string {
  const value = get(raw, key);
  if (typeof value === "string" && value !== "") return value;
  throw invalidResponse(`${what}.${key} is missing`);
}

export function stringOr(raw: Raw, key: string, fallback: string): string {
  const value = get(raw, key);
  return typeof value === "string" ? value : fallback;
}

export function stringOrNull(raw: Raw, key: string): string | null {
  const value = get(raw, key);
  return typeof value === "string" && value !== "" ? value : null;
}

export function numberOrNull(raw: Raw, key: string): number | null {
  const value = get(raw, key);
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value)))
    return Number(value);
  return null;
}

export function bool(raw: Raw, key: string): boolean {
  const value = get(raw, key);
  return value === true || value === "true";
}

/** Date instances, ISO 8601 and RFC 2822 strings; anything else (incl. invalid dates) → null. */
export function dateOrNull(raw: Raw, key: string): Date | null {
  const value = get(raw, key);
  const date =
    value instanceof Date
      ? value
      : typeof value === "string" && value !== ""
        ? new Date(value)
        : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

export function stringArray(raw: Raw, key: string): string[] {
  const value = get(raw, key);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export function objects(value: unknown): Raw[] {
  return Array.isArray(value)
    ? value.filter((v): v is Raw => !!v && typeof v === "object" && !Array.isArray(v))
    : [];
}

/** Attributes arrive as an object from the SDK; tolerate a JSON string too. */
export function attributes(raw: Raw): Record<string, unknown> {
  let value = get(raw, "attributes");
  if (typeof value === "string") {
    try {
      value = JSON.parse(value);
    } catch {
      return {};
    }
  }
  return value && typeof value === "object" && !Array.isArray(value) ? { ...(value as Raw) } : {};
}

export function oneOf<T extends string>(
  raw: Raw,
  key: string,
  allowed: readonly T[],
  what: string,
): T {
  const value = get(raw, key);
  if (typeof value === "string" && (allowed as readonly string[]).includes(value))
    return value as T;
  throw invalidResponse(`${what}.${key} has unexpected value ${JSON.stringify(value)}`);
}
