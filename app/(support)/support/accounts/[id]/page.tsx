import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Notice } from "@/components/notice";
import { formatUtc } from "@/lib/format/utc";
import { StartImpersonationForm } from "@/components/support/start-impersonation-form";
import { requireConsolePage } from "@/lib/authz/require";
import {
  DEFAULT_DURATION_MINUTES,
  durationChoices,
  END_REASON_TEXT,
  MODE_LABELS,
  type EndReason,
} from "@/lib/impersonation/rules";
import { getConsoleAccount } from "@/lib/support/console";
import { startImpersonationAction } from "../../actions";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Help a customer" };
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

/** One account as support sees it before stepping in: who, what is at risk, past access. */
export default async function SupportAccountPage({ params }: Props) {
  const ctx = await requireConsolePage();
  const account = await getConsoleAccount(ctx, (await params).id);
  if (!account) notFound();
  const c = account.counts;

  return (
    <>
      <p className="mb-4">
        <Link href="/support" className="font-medium text-blue-800 underline underline-offset-2">
          ← Support console
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Help {account.name}</h1>
      <p className="mt-1 font-mono text-sm text-slate-700">{account.subaccountSid}</p>

      <section aria-labelledby="risk-title" className="mt-6">
        <h2 id="risk-title" className="text-lg font-semibold">
          Bundles at risk
        </h2>
        {c ? (
          <p className="mt-1">
            {c.overdue} overdue · {c.within7} expiring within 7 days · {c.within30} within 30 days ·{" "}
            {c.underReview} under review · {c.rejected} rejected ({c.total} Bundles in all)
          </p>
        ) : (
          <p className="mt-1 text-red-800">{account.error}</p>
        )}
      </section>

      <section aria-labelledby="members-title" className="mt-6">
        <h2 id="members-title" className="text-lg font-semibold">
          Portal users
        </h2>
        {account.members.length ? (
          <ul className="mt-1 list-disc pl-6">
            {account.members.map((m) => (
              <li key={m.email}>
                {m.name} ({m.email})
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-1 text-slate-700">No portal users yet.</p>
        )}
      </section>

      <section aria-labelledby="start-title" className="mt-8">
        <h2 id="start-title" className="text-lg font-semibold">
          Start support access
        </h2>
        <p className="mt-1 mb-4 max-w-2xl text-slate-800">
          You will see exactly what the customer sees, read-only. To act in their update flow,
          switch to assist mode from the banner. Everything is recorded with your name and reason,
          and {account.name} can read it on their Activity page.
        </p>
        {account.staffAccount ? (
          <Notice title="This is a staff account">
            Staff and admin accounts cannot be impersonated.
          </Notice>
        ) : ctx.impersonation ? (
          <Notice title={`You are acting as ${ctx.impersonation.account.name}`}>
            Stop that support access first: one customer at a time.
          </Notice>
        ) : (
          <StartImpersonationForm
            accountId={account.id}
            accountName={account.name}
            durations={durationChoices(env.isEmbedded)}
            defaultMinutes={DEFAULT_DURATION_MINUTES}
            start={startImpersonationAction}
          />
        )}
      </section>

      {account.sessions.length ? (
        <section aria-labelledby="history-title" className="mt-8">
          <h2 id="history-title" className="text-lg font-semibold">
            Recent support access
          </h2>
          <ul className="mt-2 space-y-2">
            {account.sessions.map((s) => (
              <li key={s.id} className="rounded-md border border-slate-300 bg-white px-3 py-2">
                <span className="font-medium">{s.staffName}</span>, {formatUtc(s.startedAt)} (
                {MODE_LABELS[s.mode]}){" "}
                {s.endedAt
                  ? `– ended: ${END_REASON_TEXT[s.endReason as EndReason] ?? s.endReason}`
                  : "– open"}
                <span className="block text-sm text-slate-800">Reason: {s.reason}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
