import type { ReactNode } from "react";
import { env } from "@/lib/env";

// The pages of signed mail links: no sign-in, no account, the product's name only.
export const dynamic = "force-dynamic";

export default function EmailLinkLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <header className="border-b border-slate-300 bg-white">
        <div className="mx-auto max-w-3xl px-4 py-3 text-lg font-semibold">{env.PRODUCT_NAME}</div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
