import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { OpenInAccount } from "@/components/notifications/open-in-account";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { requireUser } from "@/lib/authz/require";
import { goToAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.go");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ account?: string | string[]; to?: string | string[] }> };

/**
 * Where a mail's links lead: `/go?account=<id>&to=<path>` opens the page in the account the mail
 * is about. A user of several accounts is switched to it first (a server action, audited as any
 * switch); anyone else, or support in an impersonation, goes straight on. `to` is a portal path
 * only (the sign-in page's rule).
 */
export default async function GoPage({ searchParams }: Props) {
  const ctx = await requireUser();
  const params = await searchParams;
  const to = safeCallbackPath(typeof params.to === "string" ? params.to : null, null);
  const account = ctx.accounts.find((a) => a.id === params.account);
  if (!account || ctx.impersonation || ctx.account?.id === account.id) redirect(to);
  return (
    <ClientMessages namespaces={["Pages"]}>
      <OpenInAccount
        accountId={account.id}
        accountName={account.name}
        to={to}
        go={goToAccountAction}
      />
    </ClientMessages>
  );
}
