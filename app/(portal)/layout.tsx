import type { ReactNode } from "react";
import { AppShell } from "@/components/app-shell";
import { requireUser } from "@/lib/auth/context";

// Every portal page reads the session and the account cookie.
export const dynamic = "force-dynamic";

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const ctx = await requireUser();
  return <AppShell ctx={ctx}>{children}</AppShell>;
}
