/** One language's catalog: every namespace's file, loaded on the server only. */
import type { Locale } from "./locales";
import { NAMESPACES } from "./namespaces";

export async function messagesFor(locale: Locale): Promise<Record<string, unknown>> {
  const files = await Promise.all(
    NAMESPACES.map(
      async (ns) =>
        [ns, (await import(`../../messages/${locale}/${ns}.json`)).default as unknown] as const,
    ),
  );
  return Object.fromEntries(files);
}
