"use client";

import { createContext, useCallback, useContext, type ReactNode } from "react";
import type { ImpersonationMode } from "@/lib/db/schema";

/**
 * What client components need to know about a running impersonation (set by the app shell from
 * the server's acting context). Display only: the server refuses writes in read-only mode
 * whatever the UI does (lib/actions/safe-action.ts).
 */
export interface ClientImpersonation {
  accountName: string;
  staffName: string;
  mode: ImpersonationMode;
  /** ISO instant the session ends. */
  expiresAt: string;
}

const ImpersonationContext = createContext<ClientImpersonation | null>(null);

export function ImpersonationProvider({
  value,
  children,
}: {
  value: ClientImpersonation | null;
  children: ReactNode;
}) {
  return <ImpersonationContext.Provider value={value}>{children}</ImpersonationContext.Provider>;
}

/** The running impersonation, or null for a customer (or staff outside one). */
export function useImpersonation(): ClientImpersonation | null {
  return useContext(ImpersonationContext);
}

/** The second confirmation's text for an irreversible Twilio step taken by support staff. */
export function supportConfirmMessage(imp: ClientImpersonation, step: string): string {
  return (
    `You are acting for ${imp.accountName} as support staff.\n\n` +
    `"${step}" changes the customer's Bundle at Twilio and cannot be undone. ` +
    `It is recorded under your name (${imp.staffName}) with your reason, and the customer sees it in their activity.\n\n` +
    `Do it on the customer's behalf?`
  );
}

/**
 * For irreversible Twilio steps (submit for review, finish/replace, delete a copy): during an
 * assist-mode impersonation, the second, explicit question naming the customer, which the step's
 * button asks on the page before it runs; null for customers (and read-only sessions, which the
 * server refuses anyway).
 */
export function useSupportQuestion(): (step: string) => string | null {
  const imp = useImpersonation();
  return useCallback(
    (step: string) => (imp && imp.mode === "assist" ? supportConfirmMessage(imp, step) : null),
    [imp],
  );
}
