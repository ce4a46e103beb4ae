import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import {
  DocumentsSection,
  EndUsersSection,
  PhoneNumbersSection,
} from "@/components/bundles/bundle-items";
import { DeadlineText } from "@/components/bundles/deadline-text";
import { RejectedWayForward } from "@/components/bundles/rejected-way-forward";
import { StatusBadge } from "@/components/bundles/status-badge";
import { openHelpRequest } from "@/lib/dal/help-requests";
import { env } from "@/lib/env";
import { requireAccount } from "@/lib/authz/require";
import { getAccountBundle, listBundlePhoneNumbers, regulationNames } from "@/lib/dal/bundles";
import { needsUpdate } from "@/lib/workflow";
import { NoticeList } from "@/components/notifications/notice-list";
import { listNotices, noticeSettings } from "@/lib/dal/notifications";
import { updateContextOf } from "@/lib/dal/update-requests";
import { progressLabel } from "@/lib/worklist/labels";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ sid: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  // Goes through the same authorized (and per-request cached) read as the page, so the title
  // never names a Bundle the caller may not see.
  const { sid } = await params;
  const { bundle } = await getAccountBundle(await requireAccount(), sid);
  return { title: bundle.friendlyName };
}

export default async function BundlePage({ params }: Props) {
  const { sid } = await params;
  const ctx = await requireAccount();
  // notFound() for a malformed, unknown or other-account SID.
  const { bundle, endUsers, supportingDocuments } = await getAccountBundle(ctx, sid);
  const rejected = bundle.status === "twilio-rejected";
  const [regulations, numbers, sent, settings, updates, help] = await Promise.all([
    regulationNames(ctx, [bundle.regulationSid]),
    listBundlePhoneNumbers(ctx, bundle.sid).catch((error: unknown) => {
      console.warn("[bundle] phone numbers unavailable", error);
      return null;
    }),
    listNotices(ctx, { bundleSid: bundle.sid, limit: 20 }),
    noticeSettings(ctx),
    updateContextOf(ctx, bundle.sid),
    rejected ? openHelpRequest(ctx, bundle.sid) : null,
  ]);
  const [t, tWorklist, tSteps] = await Promise.all([
    getTranslations("Bundle"),
    getTranslations("Worklist"),
    getTranslations("UpdateStatus"),
  ]);
  const progress = updates.openPhase ? progressLabel(updates.openPhase, tWorklist, tSteps) : null;

  return (
    <>
      <p className="mb-4">
        <Link
          prefetch={false}
          href="/bundles"
          className="font-medium text-blue-800 underline underline-offset-2"
        >
          {t("back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{bundle.friendlyName}</h1>
        <StatusBadge status={bundle.status} />
      </div>
      {updates.copyOf ? (
        <p className="mt-4 rounded-md border border-slate-300 bg-white p-3">
          {t("workingCopy")}{" "}
          <Link
            prefetch={false}
            href={`/bundles/${updates.copyOf}/update`}
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            {t("openUpdate")}
          </Link>{" "}
          ·{" "}
          <Link
            prefetch={false}
            href={`/bundles/${updates.copyOf}`}
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            {t("original")}
          </Link>
        </p>
      ) : progress ? (
        <p className="mt-4 rounded-md border border-blue-300 bg-blue-50 p-3">
          <span className="font-semibold">{t("inProgress", { label: progress.label })}</span>{" "}
          <Link
            prefetch={false}
            href={`/bundles/${bundle.sid}/update`}
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            {t("continue")}
          </Link>
        </p>
      ) : rejected ? (
        <RejectedWayForward
          bundle={bundle}
          documents={supportingDocuments}
          numbers={numbers?.length ?? null}
          help={help}
          supportEmail={env.SUPPORT_EMAIL ?? null}
          supportUrl={env.SUPPORT_URL ?? null}
        />
      ) : needsUpdate(bundle) ? (
        <p className="mt-4">
          <Link
            prefetch={false}
            href={`/bundles/${bundle.sid}/update`}
            className="inline-block rounded-md bg-brand px-4 py-2 font-semibold text-white hover:brightness-90 focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 focus-visible:outline-none"
          >
            {t("updateDetails")}
          </Link>
        </p>
      ) : null}
      <dl className="mt-4 grid grid-cols-1 gap-x-6 gap-y-2 rounded-lg border border-slate-300 bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-800">{t("facts.sid")}</dt>
        <dd className="font-mono">{bundle.sid}</dd>
        <dt className="font-medium text-slate-800">{t("facts.regulation")}</dt>
        {/* The Regulation's name is Twilio's words. */}
        <dd lang={bundle.regulationSid ? "en" : undefined}>
          {bundle.regulationSid
            ? (regulations.get(bundle.regulationSid) ?? bundle.regulationSid)
            : "—"}
        </dd>
        <dt className="font-medium text-slate-800">{t("facts.deadline")}</dt>
        <dd>
          <DeadlineText validUntil={bundle.validUntil} />
        </dd>
        <dt className="font-medium text-slate-800">{t("facts.email")}</dt>
        <dd>
          {bundle.email ?? "—"}{" "}
          <Link
            prefetch={false}
            href="/settings/notifications"
            className="text-sm font-medium text-blue-800 underline underline-offset-2"
          >
            {t("facts.whoElse")}
          </Link>
        </dd>
      </dl>
      <EndUsersSection endUsers={endUsers} />
      <DocumentsSection documents={supportingDocuments} />
      <PhoneNumbersSection numbers={numbers} />
      <section aria-labelledby="emails-title" className="mt-8">
        <h2 id="emails-title" className="text-lg font-semibold">
          {t("emails.title")}
        </h2>
        <div className="mt-2">
          <NoticeList notices={sent} timeZone={settings.timeZone} empty={t("emails.none")} />
        </div>
      </section>
    </>
  );
}
