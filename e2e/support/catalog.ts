import { readFileSync } from "node:fs";
import type { EnglishMessages } from "../../lib/i18n/app-config";
import { NAMESPACES } from "../../lib/i18n/namespaces";

/**
 * One language's catalog for asserting texts (issue 16), read from messages/<locale>/ so a test
 * looks for exactly what the portal shows. Plain reads: Playwright's loader takes no JSON imports.
 */
export function catalog(locale: string): EnglishMessages {
  return Object.fromEntries(
    NAMESPACES.map((ns) => [ns, JSON.parse(readFileSync(`messages/${locale}/${ns}.json`, "utf8"))]),
  ) as unknown as EnglishMessages;
}

/** An ICU message with its `{name}` arguments filled, for messages without plurals. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
