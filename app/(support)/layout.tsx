import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireRole } from "@/lib/auth/context";
import { STAFF_ROLES } from "@/lib/auth/impersonation-rules";

// The console reads the session and Twilio on every request.
export const dynamic = "force-dynamic";

/** Staff only: anyone else gets a plain not-found, so the console's existence is not advertised. */
export default async function SupportLayout({ children }: { children: ReactNode }) {
  const ctx = await requireRole(...STAFF_ROLES);
  return <AppShell ctx={ctx}>{children}</AppShell>;
}
