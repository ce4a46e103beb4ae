/**
 * next-intl's request configuration (next.config.mjs points its plugin here): the request's
 * language (lib/i18n/negotiate.ts) and its catalog. Server Components read messages from here;
 * Client Components get only the namespaces they need (components/i18n/client-messages.tsx).
 */
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { getRequestConfig } from "next-intl/server";
import { getActingContext } from "@/lib/auth/context";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, type Locale } from "./locales";
import { messagesFor } from "./messages";
import { chooseLocale } from "./negotiate";

export const currentLocale = cache(async (): Promise<Locale> => {
  const [ctx, jar, head] = await Promise.all([getActingContext(), cookies(), headers()]);
  return chooseLocale({
    saved: ctx?.user.locale ?? null,
    cookie: jar.get(LOCALE_COOKIE)?.value ?? null,
    acceptLanguage: head.get("accept-language"),
    fallback: env.DEFAULT_LOCALE,
  });
});

export default getRequestConfig(async () => {
  const locale = await currentLocale();
  return { locale, messages: await messagesFor(locale), timeZone: "UTC" };
});
