"use client";

import { createContext, useCallback, useContext, type ReactNode } from "react";
import { createTranslator, useLocale } from "next-intl";
import type { Locale } from "@/lib/i18n/locales";
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
  /**
   * The second confirmation's message (Impersonation.supportConfirm, ICU, in the staff member's
   * language), handed over with the session: the pages whose step buttons ask it send their own
   * namespaces, and this one word-set only matters while support acts as a customer.
   */
  confirmMessage: string;
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

/**
 * The second confirmation's text for an irreversible Twilio step taken by support staff; its
 * paragraphs are separated by blank lines.
 */
export function supportConfirmMessage(
  imp: ClientImpersonation,
  step: string,
  locale: Locale,
): string {
  const t = createTranslator({ locale, messages: { confirm: imp.confirmMessage } });
  return t("confirm", { account: imp.accountName, staff: imp.staffName, step });
}

/**
 * For irreversible Twilio steps (submit for review, finish/replace, delete a copy): during an
 * assist-mode impersonation, the second, explicit question naming the customer, which the step's
 * button asks on the page before it runs; null for customers (and read-only sessions, which the
 * server refuses anyway).
 */
export function useSupportQuestion(): (step: string) => string | null {
  const imp = useImpersonation();
  const locale = useLocale();
  return useCallback(
    (step: string) =>
      imp && imp.mode === "assist" ? supportConfirmMessage(imp, step, locale) : null,
    [imp, locale],
  );
}
