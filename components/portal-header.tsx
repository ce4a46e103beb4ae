import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Brand } from "@/lib/branding/brand";
import { BrandMark } from "./brand-mark";
import { LanguageSwitcher } from "./language-switcher";
import type { ActingContext } from "@/lib/auth/context";
import { mayManageStaff, mayUseConsole } from "@/lib/authz/rules";
import { AccountSwitcher, type SwitchAccountAction } from "./account-switcher";
import { RoleBadge } from "./role-badge";

/** The portal's banner: product, who is signed in, for which account, navigation, sign-out. */
export interface HeaderActions {
  signOut: () => Promise<void>;
  switchAccount: SwitchAccountAction;
}

export async function PortalHeader({
  ctx,
  actions,
  brand,
}: {
  ctx: ActingContext;
  actions: HeaderActions;
  brand: Brand;
}) {
  const { user, account, accounts } = ctx;
  const t = await getTranslations("Shell");
  const links = [
    ...(account ? [{ href: "/bundles", label: t("nav.bundles") }] : []),
    ...(account ? [{ href: "/activity", label: t("nav.activity") }] : []),
    ...(account ? [{ href: "/settings/notifications", label: t("nav.notifications") }] : []),
    ...(mayUseConsole(user) ? [{ href: "/support", label: t("nav.console") }] : []),
    ...(mayManageStaff(user) ? [{ href: "/support/staff", label: t("nav.staff") }] : []),
  ];
  return (
    <header className="border-t-4 border-b border-t-brand border-b-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-3 px-4 py-3">
        <Link href="/bundles" className="text-lg font-semibold text-slate-900">
          <BrandMark brand={brand} />
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
          <p className="flex items-center gap-2">
            <span>
              <span className="font-medium">{user.name}</span>{" "}
              <span className="text-slate-700">({user.email})</span>
            </span>
            <RoleBadge role={user.role} />
          </p>
          <form action={actions.signOut}>
            <button
              type="submit"
              className="rounded-md border border-slate-500 px-3 py-1 font-medium hover:bg-slate-100"
            >
              {t("signOut")}
            </button>
          </form>
          <LanguageSwitcher />
        </div>
      </div>
      <div className="border-t border-slate-200 bg-slate-50">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
          <nav aria-label={t("nav.label")}>
            <ul className="flex flex-wrap gap-4">
              {links.map((l) => (
                <li key={l.href}>
                  <Link
                    href={l.href}
                    className="font-medium text-blue-800 underline-offset-2 hover:underline"
                  >
                    {l.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {accounts.length > 1 ? (
            <AccountSwitcher
              accounts={accounts}
              currentId={account?.id ?? null}
              switchAccount={actions.switchAccount}
            />
          ) : account ? (
            <p className="text-sm">
              <span className="text-slate-700">{t("account")} </span>
              <span className="font-medium">{account.name}</span>
              {ctx.impersonation ? <span className="text-slate-700"> {t("asSupport")}</span> : null}
            </p>
          ) : mayUseConsole(user) ? (
            // Staff without support access open have no account of their own: say what they see.
            <p className="text-sm text-slate-700">{t("allAccounts")}</p>
          ) : null}
        </div>
      </div>
    </header>
  );
}
