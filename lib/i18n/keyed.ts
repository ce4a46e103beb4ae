/**
 * Messages of the shared input schemas (lib/actions/schemas) in the reader's language (issue 16).
 * A schema is built once, for every request and for the browser, so its messages cannot be in one
 * language: each is a key into the `Input` namespace, written `i18n:<key>` (with its values as a
 * query string), and is put into words where it is shown — safe-action for the server's answers,
 * useSchemaForm and the forms' resolvers in the browser. Pure and free of next-intl.
 */
const PREFIX = "i18n:";

type Values = Record<string, string | number>;

/** A schema message that is a key of the `Input` catalog (dot-separated), with its values. */
export function keyed(key: string, values?: Values): string {
  if (!values) return PREFIX + key;
  const query = new URLSearchParams(Object.entries(values).map(([k, v]) => [k, String(v)]));
  return `${PREFIX}${key}?${query.toString()}`;
}

export function parseKeyed(message: string): { key: string; values: Values } | null {
  if (!message.startsWith(PREFIX)) return null;
  const [key = "", query = ""] = message.slice(PREFIX.length).split("?", 2);
  return { key, values: Object.fromEntries(new URLSearchParams(query)) };
}

/** What a translator needs to offer (next-intl's translators do): `has` and a call. */
export interface KeyTranslator {
  (key: never, values?: never): string;
  has(key: never): boolean;
}

/** A message in words: a keyed one through `t`, anything else as it is. */
export function translateKeyed(t: KeyTranslator, message: string): string {
  const parsed = parseKeyed(message);
  if (!parsed) return message;
  const call = t as unknown as ((k: string, v?: Values) => string) & { has(k: string): boolean };
  return call.has(parsed.key) ? call(parsed.key, parsed.values) : message;
}

/** Every message of a flattened error list, in words. */
export function translateFieldErrors<E extends Record<string, string[] | undefined>>(
  t: KeyTranslator,
  errors: E,
): E {
  return Object.fromEntries(
    Object.entries(errors).map(([k, list]) => [k, list?.map((m) => translateKeyed(t, m))]),
  ) as E;
}
