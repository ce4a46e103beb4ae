import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { BASE_CLIENT_NAMESPACES, type Namespace } from "@/lib/i18n/namespaces";

/**
 * Sends the catalog namespaces the Client Components inside need to the browser (issue 16).
 * The root layout sends only the frame's; a page with forms wraps them in this, so each page
 * carries the words it shows and no others (page weight).
 */
export async function ClientMessages({
  namespaces,
  children,
}: {
  namespaces: readonly Namespace[];
  children: ReactNode;
}) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const wanted = new Set<string>([...BASE_CLIENT_NAMESPACES, ...namespaces]);
  const picked = Object.fromEntries(Object.entries(messages).filter(([ns]) => wanted.has(ns)));
  return (
    <NextIntlClientProvider locale={locale} messages={picked}>
      {children}
    </NextIntlClientProvider>
  );
}
