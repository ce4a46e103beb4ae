import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { env } from "@/lib/env";
import { SHELL_ACTIONS } from "@/app/shell-actions";
import { requireConsolePage } from "@/lib/authz/require";

// The console reads the session and Twilio on every request.
export const dynamic = "force-dynamic";

/** Staff only: anyone else gets a plain not-found, so the console's existence is not advertised. */
export default async function SupportLayout({ children }: { children: ReactNode }) {
  const ctx = await requireConsolePage();
  return (
    <AppShell ctx={ctx} actions={SHELL_ACTIONS} productName={env.PRODUCT_NAME}>
      {children}
    </AppShell>
  );
}
