import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeadlineText } from "@/components/bundles/deadline-text";
import { FailureNotice } from "@/components/update/failure-notice";
import { RetryStep } from "@/components/update/retry-step";
import { ProgressSteps } from "@/components/update/progress-steps";
import { StatusCard } from "@/components/update/status-card";
import { StatusPoller } from "@/components/update/status-poller";
import { StepButton } from "@/components/update/step-button";
import { retryTexts, stepTexts } from "@/components/update/step-texts";
import type { Translator } from "@/lib/i18n/translator";
import type { Locale } from "@/lib/i18n/locales";
import { Timeline } from "@/components/update/timeline";
import { requireAccount } from "@/lib/authz/require";
import { getUpdateView, type UpdateView } from "@/lib/dal/update-requests";
import { AppError } from "@/lib/errors";
import { FixStep } from "./fix-step";
import {
  cancelUpdateAction,
  checkUpdateAction,
  finishUpdateAction,
  startUpdateAction,
  submitUpdateAction,
} from "./actions";
import { NotStarted } from "./not-started";
import { nextDeadline } from "@/lib/dal/bundle-index";
import { openHelpRequest } from "@/lib/dal/help-requests";
import { env } from "@/lib/env";
import { storedErrorText } from "@/lib/i18n/error-text";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Update");
  return { title: t("metaTitle") };
}

type Props = {
  params: Promise<{ sid: string }>;
  searchParams: Promise<{ edit?: string | string[] }>;
};

/** `?edit=IT…|RD…`: the review's Edit link; only the copy's own items can become sections. */
const ITEM_SID = /^(IT|RD)[0-9a-f]{32}$/;

const WAITING = new Set(["starting", "submitted", "in_review", "approved", "replaced"]);

async function load(sid: string, editing: string | undefined): Promise<UpdateView> {
  const locale = (await getLocale()) as Locale;
  try {
    return await getUpdateView(await requireAccount(), sid, { editing, locale });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found:bundle") notFound();
    throw error;
  }
}

/** The update wizard: one page whose content follows the request's phase (resumable). */
export default async function UpdatePage({ params, searchParams }: Props) {
  const { sid } = await params;
  const { edit } = await searchParams;
  const view = await load(sid, typeof edit === "string" && ITEM_SID.test(edit) ? edit : undefined);
  const { original, request } = view;
  const phase = request?.phase;
  const open = request && phase !== "done" && phase !== "cancelled";
  const t = await getTranslations("Update");

  return (
    <ClientMessages namespaces={["UpdateControls"]}>
      <p className="mb-4">
        <Link
          prefetch={false}
          href={`/bundles/${sid}`}
          className="font-medium text-blue-800 underline underline-offset-2"
        >
          ← {original.friendlyName}
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{t("title", { name: original.friendlyName })}</h1>
      <p className="mt-1">
        {t("deadline")} <DeadlineText validUntil={original.validUntil} />
      </p>
      {open ? (
        <div className="mt-6 space-y-6">
          <ProgressSteps progress={request.progress} />
          <StatusCard description={request.description}>
            {request.failure ? (
              <FailureNotice
                failure={request.failure}
                message={await storedErrorText(request.failure)}
                saved={request.failure.step === "check"}
              >
                <FailureRetry step={request.failure.step} originalSid={sid} t={t} />
              </FailureNotice>
            ) : request.needsCheck ? (
              <RetryStep
                action={checkUpdateAction}
                originalSid={sid}
                {...retryTexts(t, "checkNow")}
                immediately
              />
            ) : null}
            {phase === "starting" && !request.failure ? (
              <StepButton
                action={startUpdateAction}
                originalSid={sid}
                {...stepTexts(t, "continueStart")}
              />
            ) : null}
            {/* After approval the portal finishes by itself (lib/jobs); the page only follows. */}
            {phase && WAITING.has(phase) && !request.failure ? (
              <StatusPoller originalSid={sid} phase={phase} />
            ) : null}
            {phase === "failed" ? (
              <StepButton
                action={cancelUpdateAction}
                originalSid={sid}
                {...stepTexts(t, "close")}
                irreversible
                variant="secondary"
                confirm={t("buttons.close.confirm")}
              />
            ) : null}
          </StatusCard>
          {view.fix ? <FixStep originalSid={sid} view={view} /> : null}
        </div>
      ) : (
        <NotStarted
          original={original}
          lastPhase={phase ?? null}
          next={phase === "done" ? await nextDeadline(await requireAccount(), sid) : null}
          help={
            original.status === "twilio-rejected"
              ? await openHelpRequest(await requireAccount(), sid)
              : null
          }
          supportEmail={env.SUPPORT_EMAIL ?? null}
          supportUrl={env.SUPPORT_URL ?? null}
        />
      )}
      {request ? <Timeline entries={request.timeline} /> : null}
    </ClientMessages>
  );
}

/** The way forward after a failed step: safe steps retry by themselves, the others on a click. */
function FailureRetry({
  step,
  originalSid,
  t,
}: {
  step: string;
  originalSid: string;
  t: Translator<"Update">;
}) {
  switch (step) {
    case "start":
      return (
        <RetryStep
          action={startUpdateAction}
          originalSid={originalSid}
          {...retryTexts(t, "retryStart")}
        />
      );
    case "check":
      return (
        <RetryStep
          action={checkUpdateAction}
          originalSid={originalSid}
          {...retryTexts(t, "retryCheck")}
        />
      );
    case "finish":
      return (
        <RetryStep
          action={finishUpdateAction}
          originalSid={originalSid}
          {...retryTexts(t, "retryFinish")}
        />
      );
    case "submit":
      return (
        <StepButton
          action={submitUpdateAction}
          originalSid={originalSid}
          {...stepTexts(t, "submitAgain")}
          irreversible
        />
      );
    case "save":
      return <p>{t("saveAgain")}</p>;
    default:
      return null;
  }
}
