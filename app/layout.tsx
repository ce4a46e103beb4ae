import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { Providers } from "@/components/providers";
import { BASE_CLIENT_NAMESPACES } from "@/lib/i18n/namespaces";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Compliance Update Portal", template: "%s · Compliance Update Portal" },
  description: "See which regulatory Bundles need new compliance information, and by when.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const client = Object.fromEntries(BASE_CLIENT_NAMESPACES.map((n) => [n, messages[n]]));
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">
        <NextIntlClientProvider locale={locale} messages={client}>
          <Providers>{children}</Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
