import type { Metadata } from "next";
import Link from "next/link";
import { ConsoleTable } from "@/components/support/console-table";
import { PageLinks } from "@/components/support/page-links";
import { formatUtc } from "@/lib/format/utc";
import { Notice } from "@/components/notice";
import { requireConsolePage } from "@/lib/authz/require";
import { END_REASON_TEXT, type EndReason } from "@/lib/impersonation/rules";
import { lastSession } from "@/lib/impersonation/sessions";
import { loadConsole, pendingSweeps } from "@/lib/support/console";
import { SweepProgress } from "@/components/support/sweep-progress";
import { refreshConsoleAction } from "./actions";

export const metadata: Metadata = { title: "Support console" };
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
  const [view, last, pending] = await Promise.all([
    loadConsole(ctx, { q, page: pageParam }),
    lastSession(ctx),
    pendingSweeps(ctx),
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
        <h1 className="text-2xl font-semibold">Support console</h1>
        <Link href="/support/attention" className="font-medium text-blue-800 underline">
          Needs attention
        </Link>
      </div>
      <p className="mt-1 text-slate-700">
        Every customer account and its Bundles at risk, most urgent first. To look at or change
        anything in an account, start support access: it is time-limited, recorded, and shown to the
        customer.
      </p>

      <div className="mt-6 space-y-4">
        {ctx.impersonation ? (
          <Notice title={`You are acting as ${ctx.impersonation.account.name}`}>
            Stop that support access (banner above) before helping another customer.{" "}
            <Link href="/bundles" className="font-medium text-blue-800 underline">
              Back to their Bundles
            </Link>
          </Notice>
        ) : null}
        {recentEnd ? (
          <div role="status" className="rounded-lg border border-slate-400 bg-white px-4 py-3">
            <p className="font-semibold">
              Your support access to {recentEnd.accountName} ended at {formatUtc(recentEnd.endedAt)}
              .
            </p>
            <p className="text-sm text-slate-800">
              Why: {END_REASON_TEXT[recentEnd.why] ?? recentEnd.why}.
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
          <div className="flex flex-col">
            <label htmlFor="console-search" className="text-sm font-medium">
              Search accounts
            </label>
            <span id="console-search-hint" className="text-xs text-slate-700">
              Account name, user email, subaccount SID (AC…) or Bundle SID (BU…)
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
            Search
          </button>
          {q ? (
            <Link href="/support" className="py-1.5 font-medium text-blue-800 underline">
              Clear search
            </Link>
          ) : null}
        </form>
        <form action={refreshConsoleAction} className="flex items-center gap-3">
          <input type="hidden" name="q" value={q} />
          <p className="text-sm text-slate-700">
            {view.oldestLoad ? (
              <>Counts from Twilio&apos;s Bundles as of {formatUtc(view.oldestLoad)}</>
            ) : null}
          </p>
          <button
            type="submit"
            className="rounded-md border border-slate-500 bg-white px-3 py-1.5 font-medium hover:bg-slate-100"
          >
            Refresh counts
          </button>
        </form>
      </div>

      <div className="mt-4 space-y-4">
        <SweepProgress pending={pending} />
        {view.failed > 0 ? (
          <Notice title="Some counts are missing">
            {view.failed} account{view.failed === 1 ? " has" : "s have"} no counts yet, or its last
            reading from Twilio failed; they are listed last. Refresh counts reads them again.
          </Notice>
        ) : null}
        <p aria-live="polite" className="text-sm text-slate-800">
          {view.total === 0
            ? q
              ? `No account matches “${q}”.`
              : "There are no customer accounts yet."
            : `${view.total} account${view.total === 1 ? "" : "s"}${q ? ` matching “${q}”` : ""}.`}
        </p>
        {view.rows.length > 0 ? <ConsoleTable rows={view.rows} /> : null}
        <PageLinks page={view.page} pages={view.pages} href={href} label="Account pages" />
      </div>
    </>
  );
}
