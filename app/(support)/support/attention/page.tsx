import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getLocale, getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/bundles/status-badge";
import { RetryButton } from "@/components/support/retry-button";
import { requireConsolePage } from "@/lib/authz/require";
import { listHelpRequests } from "@/lib/dal/help-requests";
import { listNeedsAttention } from "@/lib/support/attention";
import { formatUtcIn } from "@/lib/support/format";
import { noticeKindLabel } from "@/lib/support/notice-kind";
import { retryAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Support.titles");
  return { title: t("attention") };
}
export const dynamic = "force-dynamic";

const card = "rounded-lg border border-slate-300 bg-white p-3";

/** Words recorded from Twilio or the system, shown as they were (English). */
const en = (chunks: ReactNode) => <span lang="en">{chunks}</span>;

/**
 * Background work that keeps failing, with what went wrong and a retry. The errors themselves
 * are Twilio's or the system's words and stay as they were recorded (lang="en").
 */
export default async function NeedsAttentionPage() {
  const ctx = await requireConsolePage();
  const [{ failedJobs, sweeps, requests, notices }, help, tSupport, locale] = await Promise.all([
    listNeedsAttention(ctx),
    listHelpRequests(ctx),
    getTranslations("Support"),
    getLocale(),
  ]);
  const t = await getTranslations("Support.attention");
  const at = (date: Date) => formatUtcIn(locale, date);
  const nothing =
    failedJobs.length + sweeps.length + requests.length + notices.length + help.length === 0;
  return (
    <>
      <p className="mb-4">
        <Link href="/support" className="font-medium text-blue-800 underline">
          {tSupport("backToConsole")}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 text-slate-700">{t("intro")}</p>
      {nothing ? (
        <p role="status" className="mt-6 rounded-lg border border-green-700 bg-green-50 p-4">
          {t("nothing")}
        </p>
      ) : null}

      {help.length > 0 ? (
        <section aria-labelledby="help-title" className="mt-8">
          <h2 id="help-title" className="text-lg font-semibold">
            {t("helpTitle")}
          </h2>
          <p className="text-sm text-slate-700">{t("helpIntro")}</p>
          <ul className="mt-2 space-y-3">
            {help.map((h) => (
              <li key={h.id} className={card}>
                <p className="font-semibold break-words">
                  {h.accountName ?? t("anAccount")}
                  {": "}
                  {h.bundleName || h.bundleSid}
                </p>
                <p className="text-sm break-words">
                  {t("helpAsked", { who: h.requestedBy, at: at(h.at) })}{" "}
                  <StatusBadge status={h.status} />{" "}
                  <span className="font-mono [overflow-wrap:anywhere]">{h.bundleSid}</span>
                </p>
                {h.note ? <p className="mt-1 break-words">{t("note", { note: h.note })}</p> : null}
                {h.accountId ? (
                  <Link
                    href={`/support/accounts/${h.accountId}`}
                    className="mt-1 inline-block font-medium text-blue-800 underline"
                  >
                    {h.accountName
                      ? t("openAccount", { account: h.accountName })
                      : t("openTheAccount")}
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {requests.length > 0 ? (
        <section aria-labelledby="requests-title" className="mt-8">
          <h2 id="requests-title" className="text-lg font-semibold">
            {t("requestsTitle")}
          </h2>
          <ul className="mt-2 space-y-3">
            {requests.map((r) => {
              const failure = (r.lastFailure as { message?: string } | null)?.message;
              return (
                <li key={r.id} className={card}>
                  <p className="font-semibold break-words">
                    {r.accountName}
                    {" — "}
                    <span className="font-mono text-sm [overflow-wrap:anywhere]">
                      {r.originalSid}
                    </span>
                  </p>
                  <p className="text-sm break-words">
                    {t("requestStep", { phase: r.phase, at: at(r.updatedAt) })}{" "}
                    {r.lastFailure ? t.rich("lastFailure", { message: failure ?? "", en }) : null}
                  </p>
                  <RetryButton
                    fields={{ kind: "request", requestId: r.id }}
                    label={t("checkAgain")}
                    retry={retryAction}
                  />
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {sweeps.length > 0 ? (
        <section aria-labelledby="sweeps-title" className="mt-8">
          <h2 id="sweeps-title" className="text-lg font-semibold">
            {t("sweepsTitle")}
          </h2>
          <ul className="mt-2 space-y-3">
            {sweeps.map((s) => (
              <li key={s.accountId} className={card}>
                <p className="font-semibold break-words">{s.name}</p>
                <p className="text-sm break-words">
                  {t.rich("sweepLine", {
                    count: s.failures,
                    hasLast: String(Boolean(s.lastStartedAt)),
                    at: s.lastStartedAt ? at(s.lastStartedAt) : "",
                    error: s.error ?? "",
                    en,
                  })}
                </p>
                <RetryButton
                  fields={{ kind: "sweep", accountId: s.accountId }}
                  label={t("readAgain")}
                  retry={retryAction}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {notices.length > 0 ? (
        <section aria-labelledby="notices-title" className="mt-8">
          <h2 id="notices-title" className="text-lg font-semibold">
            {t("noticesTitle")}
          </h2>
          <ul className="mt-2 space-y-3">
            {notices.map((n) => (
              <li key={n.id} className={card}>
                <p className="font-semibold [overflow-wrap:anywhere]">
                  {t("noticeTo", {
                    kind: noticeKindLabel(tSupport, n.kind),
                    to: n.to,
                    account: n.accountName,
                  })}
                </p>
                <p className="text-sm break-words">
                  {t.rich("noticeState", {
                    failed: String(n.status === "failed"),
                    attempts: n.attempts,
                    at: at(n.createdAt),
                    hasError: String(Boolean(n.lastError)),
                    error: n.lastError ?? "",
                    en,
                  })}
                </p>
                <RetryButton
                  fields={{ kind: "notice", noticeId: n.id }}
                  label={t("sendAgain")}
                  retry={retryAction}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {failedJobs.length > 0 ? (
        <section aria-labelledby="jobs-title" className="mt-8">
          <h2 id="jobs-title" className="text-lg font-semibold">
            {t("jobsTitle")}
          </h2>
          <ul className="mt-2 space-y-3">
            {failedJobs.map((j) => (
              <li key={j.id} className={card}>
                <p className="font-semibold">{t("job", { name: j.name })}</p>
                <p className="text-sm break-words">
                  {t.rich("jobLine", {
                    count: j.retries,
                    hasDate: String(Boolean(j.failedAt)),
                    at: j.failedAt ? at(j.failedAt) : "",
                    error: j.error,
                    en,
                  })}
                </p>
                <p className="font-mono text-xs break-all text-slate-700">
                  {JSON.stringify(j.data)}
                </p>
                <RetryButton
                  fields={{ kind: "job", name: j.name, id: j.id }}
                  label={t("retry")}
                  retry={retryAction}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
