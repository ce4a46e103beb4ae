import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BrandMark } from "@/components/brand-mark";
import { brandOf, brandStyle } from "@/lib/branding/brand";
import { env } from "@/lib/env";

// The pages of signed mail links: no sign-in, no account, the platform's brand only.
export const dynamic = "force-dynamic";

/** Page titles carry the platform's name (PRODUCT_NAME), read when the page is served. */
export function generateMetadata(): Metadata {
  return { title: { default: env.PRODUCT_NAME, template: `%s · ${env.PRODUCT_NAME}` } };
}

export default function EmailLinkLayout({ children }: { children: ReactNode }) {
  const brand = brandOf(env);
  return (
    <div style={brandStyle(brand)}>
      <header className="border-t-4 border-b border-t-brand border-b-slate-300 bg-white">
        <div className="mx-auto max-w-3xl px-4 py-3 text-lg font-semibold">
          <BrandMark brand={brand} />
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </div>
  );
}
