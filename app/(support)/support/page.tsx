import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ConsoleTable } from "@/components/support/console-table";
import { PageLinks } from "@/components/support/page-links";
import { formatUtcIn } from "@/lib/support/format";
import { Notice } from "@/components/notice";
import { requireConsolePage } from "@/lib/authz/require";
import type { EndReason } from "@/lib/impersonation/rules";
import { lastSession } from "@/lib/impersonation/sessions";
import { loadConsole, pendingSweeps } from "@/lib/support/console";
import { SweepProgress } from "@/components/support/sweep-progress";
import { endReasonText } from "@/lib/support/end-reason";
import { refreshConsoleAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Support.titles");
  return { title: t("console") };
}
export const dynamic = "force-dynamic";

/** How long after a session ended the console still mentions it. */
const RECENT_MS = 15 * 60_000;

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

/** Every customer account with its Bundle deadlines, most urgent first, and a way in. */
export default async function SupportConsolePage({ searchParams }: Props) {
  const ctx = await requireConsolePage();
  const params = await searchParams;
  const q = typeof params.q === "string" ? params.q.slice(0, 200) : "";
  const pageParam = typeof params.page === "string" ? Number(params.page) : 1;
  const [view, last, pending, t, tImp, locale] = await Promise.all([
    loadConsole(ctx, { q, page: pageParam }),
    lastSession(ctx),
    pendingSweeps(ctx),
    getTranslations("Support.console"),
    getTranslations("Impersonation"),
    getLocale(),
  ]);
  // eslint-disable-next-line react-hooks/purity -- a per-request server render
  const now = Date.now();
  const endedAt = last?.endedAt ?? null;
  const recentEnd =
    last && endedAt && now - endedAt.getTime() < RECENT_MS && !ctx.impersonation
      ? { accountName: last.accountName, endedAt, why: last.endReason as EndReason }
      : null;
  const href = (page: number) =>
    `/support?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) })}`;

  return (
    <>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Link href="/support/attention" className="font-medium text-blue-800 underline">
          {t("attentionLink")}
        </Link>
      </div>
      <p className="mt-1 text-slate-700">{t("intro")}</p>

      <div className="mt-6 space-y-4">
        {ctx.impersonation ? (
          <Notice title={t("actingTitle", { account: ctx.impersonation.account.name })}>
            {t("actingBody")}{" "}
            <Link href="/bundles" className="font-medium text-blue-800 underline">
              {t("backToBundles")}
            </Link>
          </Notice>
        ) : null}
        {recentEnd ? (
          <div role="status" className="rounded-lg border border-slate-400 bg-white px-4 py-3">
            <p className="font-semibold">
              {t("ended", {
                account: recentEnd.accountName,
                at: formatUtcIn(locale, recentEnd.endedAt),
              })}
            </p>
            <p className="text-sm text-slate-800">
              {t("endedWhy", { reason: endReasonText(tImp, recentEnd.why) })}
            </p>
          </div>
        ) : null}
      </div>

      <div className="mt-6 flex flex-wrap items-end justify-between gap-4">
        <form
          role="search"
          action="/support"
          method="get"
          className="flex flex-wrap items-end gap-2"
        >
          <div className="flex min-w-0 flex-col">
            <label htmlFor="console-search" className="text-sm font-medium">
              {t("searchLabel")}
            </label>
            <span id="console-search-hint" className="text-xs text-slate-700">
              {t("searchHint")}
            </span>
            <input
              id="console-search"
              name="q"
              type="search"
              defaultValue={q}
              aria-describedby="console-search-hint"
              className="mt-1 w-80 max-w-full rounded-md border border-slate-500 bg-white px-3 py-1.5"
            />
          </div>
          <button
            type="submit"
            className="rounded-md bg-brand px-4 py-1.5 font-semibold text-white hover:brightness-90"
          >
            {t("search")}
          </button>
          {q ? (
            <Link href="/support" className="py-1.5 font-medium text-blue-800 underline">
              {t("clearSearch")}
            </Link>
          ) : null}
        </form>
        <form action={refreshConsoleAction} className="flex flex-wrap items-center gap-3">
          <input type="hidden" name="q" value={q} />
          <p className="text-sm text-slate-700">
            {view.oldestLoad ? t("countsAsOf", { at: formatUtcIn(locale, view.oldestLoad) }) : null}
          </p>
          <button
            type="submit"
            className="rounded-md border border-slate-500 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
          >
            {t("refresh")}
          </button>
        </form>
      </div>

      <div className="mt-4 space-y-4">
        <SweepProgress pending={pending} />
        {view.failed > 0 ? (
          <Notice title={t("missingTitle")}>{t("missingBody", { count: view.failed })}</Notice>
        ) : null}
        <p aria-live="polite" className="text-sm text-slate-800">
          {view.total === 0
            ? q
              ? t("noMatch", { q })
              : t("noAccounts")
            : q
              ? t("totalMatching", { count: view.total, q })
              : t("total", { count: view.total })}
        </p>
        {view.rows.length > 0 ? <ConsoleTable rows={view.rows} /> : null}
        <PageLinks page={view.page} pages={view.pages} href={href} label={t("pagesLabel")} />
      </div>
    </>
  );
}
