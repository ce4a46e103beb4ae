import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ActingContext } from "@/lib/auth/context";
import { brandStyle, type Brand } from "@/lib/branding/brand";
import { ClientMessages } from "./i18n/client-messages";
import { PortalHeader, type HeaderActions } from "./portal-header";
import { ImpersonationBanner, type BannerActions } from "./support/impersonation-banner";
import { ImpersonationProvider, type ClientImpersonation } from "./support/impersonation-context";

/**
 * The frame of every signed-in page (portal and support console): skip link, the impersonation
 * banner when support staff act as a customer, the header, the main landmark and the footer.
 */
/** The server actions the frame offers (sign-out, account switch, support access). */
export type ShellActions = HeaderActions & { impersonation: BannerActions };

export async function AppShell({
  ctx,
  actions,
  brand,
  children,
}: {
  ctx: ActingContext;
  actions: ShellActions;
  /** The platform's name, logo and colour (lib/branding). */
  brand: Brand;
  children: ReactNode;
}) {
  const imp = ctx.impersonation;
  const t = await getTranslations("Shell");
  const tImp = await getTranslations("Impersonation");
  const client: ClientImpersonation | null = imp
    ? {
        accountName: imp.account.name,
        staffName: imp.staff.name,
        mode: imp.mode,
        expiresAt: imp.expiresAt.toISOString(),
        confirmMessage: tImp.raw("supportConfirm") as string,
      }
    : null;
  return (
    <ImpersonationProvider value={client}>
      <div style={brandStyle(brand)}>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-white focus:px-4 focus:py-2 focus:font-semibold focus:text-blue-800 focus:shadow"
        >
          {t("skipToMain")}
        </a>
        {imp ? (
          // The banner's words travel only while support acts as a customer.
          <ClientMessages namespaces={["Impersonation"]}>
            <ImpersonationBanner
              session={{
                id: imp.id,
                accountName: imp.account.name,
                staffName: imp.staff.name,
                reason: imp.reason,
                ticket: imp.ticket,
                mode: imp.mode,
                expiresAt: imp.expiresAt.toISOString(),
                renderedAt: new Date().toISOString(),
              }}
              actions={actions.impersonation}
            />
          </ClientMessages>
        ) : null}
        <PortalHeader ctx={ctx} actions={actions} brand={brand} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-6xl px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl px-4 pb-8 text-sm text-slate-700">
          {t("footer")}
        </footer>
      </div>
    </ImpersonationProvider>
  );
}
