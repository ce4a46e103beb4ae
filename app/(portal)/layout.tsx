import type { ReactNode } from "react";
import { PortalHeader } from "@/components/portal-header";
import { requireUser } from "@/lib/auth/context";

// Every portal page reads the session and the account cookie.
export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const ctx = await requireUser();
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-blue-800 focus:shadow"
      >
        Skip to main content
      </a>
      <PortalHeader ctx={ctx} />
      <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
        {children}
      </main>
      <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm text-slate-700">
        Bundle data comes from Twilio and is shown as Twilio has it right now.
      </footer>
    </>
  );
}
