import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { ClientMessages } from "@/components/i18n/client-messages";
import { brandOf } from "@/lib/branding/brand";
import { env } from "@/lib/env";
import { SHELL_ACTIONS } from "@/app/shell-actions";
import { requireConsolePage } from "@/lib/authz/require";

// The console reads the session and Twilio on every request.
export const dynamic = "force-dynamic";

/** Staff only: anyone else gets a plain not-found, so the console's existence is not advertised. */
/** Page titles carry the platform's name (PRODUCT_NAME), read when the page is served. */
export function generateMetadata(): Metadata {
  return { title: { default: env.PRODUCT_NAME, template: `%s · ${env.PRODUCT_NAME}` } };
}

/**
 * The support pages' small client words (retry, role and progress texts, the error page's way
 * back) travel with every support page: this layout's children include the segment's error.tsx.
 */
export default async function SupportLayout({ children }: { children: ReactNode }) {
  const ctx = await requireConsolePage();
  return (
    <AppShell ctx={ctx} actions={SHELL_ACTIONS} brand={brandOf(env)}>
      <ClientMessages namespaces={["SupportClient"]}>{children}</ClientMessages>
    </AppShell>
  );
}
