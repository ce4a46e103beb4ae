import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages } from "next-intl/server";
import { Providers } from "@/components/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Compliance Update Portal", template: "%s · Compliance Update Portal" },
  description: "See which regulatory Bundles need new compliance information, and by when.",
};

/** The catalog namespaces Client Components read; the rest stays on the server (page weight). */
const CLIENT_NAMESPACES = ["Shell", "Login"] as const;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, messages] = await Promise.all([getLocale(), getMessages()]);
  const client = Object.fromEntries(CLIENT_NAMESPACES.map((n) => [n, messages[n]]));
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
