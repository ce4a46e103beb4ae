import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Notice } from "@/components/notice";
import { StartImpersonationForm } from "@/components/support/start-impersonation-form";
import { requireConsolePage } from "@/lib/authz/require";
import { DEFAULT_DURATION_MINUTES, durationChoices } from "@/lib/impersonation/rules";
import { getConsoleAccount } from "@/lib/support/console";
import { endReasonText } from "@/lib/support/end-reason";
import { formatUtcIn } from "@/lib/support/format";
import { startImpersonationAction } from "../../actions";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Support.titles");
  return { title: t("account") };
}
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** One account as support sees it before stepping in: who, what is at risk, past access. */
export default async function SupportAccountPage({ params }: Props) {
  const ctx = await requireConsolePage();
  const account = await getConsoleAccount(ctx, (await params).id);
  if (!account) notFound();
  const [t, tSupport, tImp, locale] = await Promise.all([
    getTranslations("Support.account"),
    getTranslations("Support"),
    getTranslations("Impersonation"),
    getLocale(),
  ]);
  const c = account.counts;

  return (
    <>
      <p className="mb-4">
        <Link href="/support" className="font-medium text-blue-800 underline underline-offset-2">
          {tSupport("backToConsole")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold break-words">
        {t("title", { account: account.name })}
      </h1>
      <p className="mt-1 font-mono text-sm break-all text-slate-700">{account.subaccountSid}</p>

      <section aria-labelledby="risk-title" className="mt-6">
        <h2 id="risk-title" className="text-lg font-semibold">
          {t("riskTitle")}
        </h2>
        {c ? (
          <p className="mt-1">{t("counts", { ...c })}</p>
        ) : account.error ? (
          <p className="mt-1 text-red-800" lang="en">
            {account.error}
          </p>
        ) : (
          <p className="mt-1 text-red-800">{t("notSwept")}</p>
        )}
      </section>

      <section aria-labelledby="members-title" className="mt-6">
        <h2 id="members-title" className="text-lg font-semibold">
          {t("membersTitle")}
        </h2>
        {account.members.length ? (
          <ul className="mt-1 list-disc pl-6">
            {account.members.map((m) => (
              <li key={m.email} className="[overflow-wrap:anywhere]">
                {t("member", { name: m.name, email: m.email })}
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700">{t("noMembers")}</p>
        )}
      </section>

      <section aria-labelledby="start-title" className="mt-8">
        <h2 id="start-title" className="text-lg font-semibold">
          {t("startTitle")}
        </h2>
        <p className="mt-1 mb-4 max-w-2xl text-slate-800">
          {t("startIntro", { account: account.name })}
        </p>
        {account.staffAccount ? (
          <Notice title={t("staffTitle")}>{t("staffBody")}</Notice>
        ) : ctx.impersonation ? (
          <Notice title={t("actingTitle", { account: ctx.impersonation.account.name })}>
            {t("actingBody")}
          </Notice>
        ) : (
          <ClientMessages namespaces={["SupportClient", "Impersonation", "Input"]}>
            <StartImpersonationForm
              accountId={account.id}
              accountName={account.name}
              durations={durationChoices(env.isEmbedded)}
              defaultMinutes={DEFAULT_DURATION_MINUTES}
              start={startImpersonationAction}
            />
          </ClientMessages>
        )}
      </section>

      {account.sessions.length ? (
        <section aria-labelledby="history-title" className="mt-8">
          <h2 id="history-title" className="text-lg font-semibold">
            {t("historyTitle")}
          </h2>
          <ul className="mt-2 space-y-2">
            {account.sessions.map((s) => (
              <li key={s.id} className="rounded-md border border-slate-300 bg-white px-3 py-2">
                {t.rich("historyLine", {
                  staff: s.staffName,
                  at: formatUtcIn(locale, s.startedAt),
                  mode: tImp(`mode.${s.mode}`),
                  name: (chunks) => <span className="font-medium">{chunks}</span>,
                })}
                {s.endedAt
                  ? t("historyEnded", { reason: endReasonText(tImp, s.endReason) })
                  : t("historyOpen")}
                <span className="block text-sm break-words text-slate-800">
                  {t("historyReason", { reason: s.reason })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
