import { randomBytes } from "node:crypto";
import type { AddressObject, HeaderValue, ParsedMail } from "mailparser";
import type { CaughtMail } from "./types";

/** The parsed message as the API shows it; `envelope` is what the SMTP client declared. */
export function toCaughtMail(
  parsed: ParsedMail,
  envelope: { from: string; to: string[] },
): CaughtMail {
  return {
    id: randomBytes(12).toString("base64url"),
    receivedAt: new Date().toISOString(),
    from: parsed.from?.value.find((a) => a.address)?.address ?? envelope.from,
    to: envelope.to.map((a) => a.toLowerCase()),
    subject: parsed.subject ?? "",
    text: parsed.text ?? null,
    html: typeof parsed.html === "string" ? parsed.html : null,
    headers: flattenHeaders(parsed),
  };
}

/**
 * One string per header name. mailparser decodes plain headers (encoded words) and turns others
 * into objects (addresses, dates, content types, the List-* family under one "list" key), so the
 * decoded form is kept where it is text and the raw line, unfolded, everywhere else.
 */
function flattenHeaders(parsed: ParsedMail): Record<string, string> {
  const raw = new Map<string, string[]>();
  for (const { key, line } of parsed.headerLines) {
    const value = line
      .slice(line.indexOf(":") + 1)
      .replace(/\r?\n[ \t]+/g, " ")
      .trim();
    raw.set(key, [...(raw.get(key) ?? []), value]);
  }
  const headers: Record<string, string> = {};
  for (const [key, values] of raw) {
    headers[key] = asText(parsed.headers.get(key)) ?? values.join(", ");
  }
  return headers;
}

function asText(value: HeaderValue | undefined): string | null {
  if (typeof value === "string") return value;
  if (Array.isArray(value) && value.every((v) => typeof v === "string")) return value.join(", ");
  if (isAddress(value)) return value.text;
  if (Array.isArray(value) && value.every(isAddress)) return value.map((a) => a.text).join(", ");
  return null;
}

function isAddress(value: unknown): value is AddressObject {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as AddressObject).value) &&
    typeof (value as AddressObject).text === "string"
  );
}
