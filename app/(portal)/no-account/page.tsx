import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/authz/require";
import { mayUseConsole } from "@/lib/authz/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Pages.noAccount");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

/** Where requireAccount() sends users who are not (yet) linked to any customer account. */
export default async function NoAccountPage() {
  const ctx = await requireUser();
  if (ctx.account) redirect("/bundles");
  // Staff have no account outside an impersonation; their home is the console.
  if (mayUseConsole(ctx.user)) redirect("/support");
  const t = await getTranslations("Pages.noAccount");
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-3 text-slate-800">
        {t.rich("signedInAs", {
          email: ctx.user.email,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <p className="mt-3 text-slate-800">{t("ask")}</p>
    </div>
  );
}
