import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { brandOf } from "@/lib/branding/brand";
import { env } from "@/lib/env";
import { SHELL_ACTIONS } from "@/app/shell-actions";
import { requireUser } from "@/lib/authz/require";

// Every portal page reads the session and the account cookie.
export const dynamic = "force-dynamic";

/** Page titles carry the platform's name (PRODUCT_NAME), read when the page is served. */
export function generateMetadata(): Metadata {
  return { title: { default: env.PRODUCT_NAME, template: `%s · ${env.PRODUCT_NAME}` } };
}

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const ctx = await requireUser();
  return (
    <AppShell ctx={ctx} actions={SHELL_ACTIONS} brand={brandOf(env)}>
      {children}
    </AppShell>
  );
}
