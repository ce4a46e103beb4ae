import type { Metadata } from "next";
import Link from "next/link";
import { RetryButton } from "@/components/support/retry-button";
import { requireConsolePage } from "@/lib/authz/require";
import { formatUtc } from "@/lib/format/utc";
import { listHelpRequests } from "@/lib/dal/help-requests";
import { listNeedsAttention } from "@/lib/support/attention";
import { retryAction } from "./actions";

export const metadata: Metadata = { title: "Needs attention" };
export const dynamic = "force-dynamic";

const JOB_LABELS: Record<string, string> = {
  status_callback: "Applying a Twilio status callback",
  finish_update: "Applying an approved update",
  reconcile_request: "Checking an update with Twilio",
  reconcile_due: "Finding updates to check",
  sweep_account: "Reading an account's Bundles",
  sweep_due: "Finding accounts to read",
  send_notice: "Sending an email notice",
  notices_due: "Finding reminders to send",
};

/** Background work that keeps failing, with what went wrong and a retry. */
export default async function NeedsAttentionPage() {
  const ctx = await requireConsolePage();
  const [{ failedJobs, sweeps, requests, notices }, help] = await Promise.all([
    listNeedsAttention(ctx),
    listHelpRequests(ctx),
  ]);
  const nothing =
    failedJobs.length + sweeps.length + requests.length + notices.length + help.length === 0;
  return (
    <>
      <p className="mb-4">
        <Link href="/support" className="font-medium text-blue-800 underline">
          ← Support console
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Needs attention</h1>
      <p className="mt-1 text-slate-700">
        Work the portal does by itself that did not succeed after its retries. Each retry is
        recorded.
      </p>
      {nothing ? (
        <p role="status" className="mt-6 rounded-lg border border-green-700 bg-green-50 p-4">
          Nothing needs attention: every background job has succeeded or is still being retried.
        </p>
      ) : null}

      {help.length > 0 ? (
        <section aria-labelledby="help-title" className="mt-8">
          <h2 id="help-title" className="text-lg font-semibold">
            Customers asking for help
          </h2>
          <p className="text-sm text-slate-700">
            Listed until someone opens support access to the account.
          </p>
          <ul className="mt-2 space-y-3">
            {help.map((h) => (
              <li key={h.id} className="rounded-lg border border-slate-300 bg-white p-3">
                <p className="font-semibold break-words">
                  {h.accountName ?? "An account"}: {h.bundleName || h.bundleSid}
                </p>
                <p className="text-sm break-words">
                  {h.requestedBy} asked on {formatUtc(h.at)}; the Bundle was {h.status}.{" "}
                  <span className="font-mono">{h.bundleSid}</span>
                </p>
                {h.note ? <p className="mt-1 break-words">“{h.note}”</p> : null}
                {h.accountId ? (
                  <Link
                    href={`/support/accounts/${h.accountId}`}
                    className="mt-1 inline-block font-medium text-blue-800 underline"
                  >
                    Open {h.accountName ?? "the account"}
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
            Updates that are stuck
          </h2>
          <ul className="mt-2 space-y-3">
            {requests.map((r) => (
              <li key={r.id} className="rounded-lg border border-slate-300 bg-white p-3">
                <p className="font-semibold">
                  {r.accountName} — <span className="font-mono text-sm">{r.originalSid}</span>
                </p>
                <p className="text-sm">
                  Step: {r.phase}; last change {formatUtc(r.updatedAt)}.{" "}
                  {r.lastFailure
                    ? `Last failure: ${(r.lastFailure as { message?: string }).message}`
                    : null}
                </p>
                <RetryButton
                  fields={{ kind: "request", requestId: r.id }}
                  label="Check it with Twilio again"
                  retry={retryAction}
                />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {sweeps.length > 0 ? (
        <section aria-labelledby="sweeps-title" className="mt-8">
          <h2 id="sweeps-title" className="text-lg font-semibold">
            Accounts whose Bundles cannot be read
          </h2>
          <ul className="mt-2 space-y-3">
            {sweeps.map((s) => (
              <li key={s.accountId} className="rounded-lg border border-slate-300 bg-white p-3">
                <p className="font-semibold">{s.name}</p>
                <p className="text-sm">
                  {s.failures} failed reading{s.failures === 1 ? "" : "s"} in a row
                  {s.lastStartedAt ? `, last at ${formatUtc(s.lastStartedAt)}` : ""}: {s.error}
                </p>
                <RetryButton
                  fields={{ kind: "sweep", accountId: s.accountId }}
                  label="Read its Bundles again"
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
            Emails that could not be sent
          </h2>
          <ul className="mt-2 space-y-3">
            {notices.map((n) => (
              <li key={n.id} className="rounded-lg border border-slate-300 bg-white p-3">
                <p className="font-semibold">
                  {n.label} to <span className="[overflow-wrap:anywhere]">{n.to}</span> (
                  {n.accountName})
                </p>
                <p className="text-sm">
                  {n.status === "failed" ? "Gave up" : "Still retrying"} after {n.attempts} attempt
                  {n.attempts === 1 ? "" : "s"}, queued {formatUtc(n.createdAt)}:{" "}
                  {n.lastError ?? "no error recorded"}
                </p>
                <RetryButton
                  fields={{ kind: "notice", noticeId: n.id }}
                  label="Send again"
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
            Failed background jobs
          </h2>
          <ul className="mt-2 space-y-3">
            {failedJobs.map((j) => (
              <li key={j.id} className="rounded-lg border border-slate-300 bg-white p-3">
                <p className="font-semibold">{JOB_LABELS[j.name] ?? j.name}</p>
                <p className="text-sm">
                  After {j.retries} retr{j.retries === 1 ? "y" : "ies"}
                  {j.failedAt ? `, ${formatUtc(j.failedAt)}` : ""}: {j.error}
                </p>
                <p className="font-mono text-xs text-slate-700">{JSON.stringify(j.data)}</p>
                <RetryButton
                  fields={{ kind: "job", name: j.name, id: j.id }}
                  label="Retry"
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
