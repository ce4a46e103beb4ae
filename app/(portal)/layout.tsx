import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { env } from "@/lib/env";
import { SHELL_ACTIONS } from "@/app/shell-actions";
import { requireUser } from "@/lib/authz/require";

// Every portal page reads the session and the account cookie.
export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const ctx = await requireUser();
  return (
    <AppShell ctx={ctx} actions={SHELL_ACTIONS} productName={env.PRODUCT_NAME}>
      {children}
    </AppShell>
  );
}
