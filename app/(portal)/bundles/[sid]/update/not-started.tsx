import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Translator } from "@/lib/i18n/translator";
import type { Bundle } from "@/lib/domain/types";
import { DeadlineText } from "@/components/bundles/deadline-text";
import { needsUpdate, type Description } from "@/lib/workflow";
import { RejectedWayForward } from "@/components/bundles/rejected-way-forward";
import { StatusCard } from "@/components/update/status-card";
import type { HelpRequest } from "@/lib/dal/help-requests";
import { StepButton } from "@/components/update/step-button";
import { stepTexts } from "@/components/update/step-texts";
import { startUpdateAction } from "./actions";

/** No open update: offer to start one when the Bundle has a deadline, or say it's up to date. */
export function NotStarted({
  original,
  lastPhase,
  next = null,
  help = null,
  supportEmail = null,
  supportUrl = null,
}: {
  original: Bundle;
  lastPhase: string | null;
  /** After a finished update: the account's next Bundle due, as the way on. */
  next?: { sid: string; name: string; validUntil: Date } | null;
  /** A rejected Bundle: the account's open request to support about it, and where to write. */
  help?: HelpRequest | null;
  supportEmail?: string | null;
  supportUrl?: string | null;
}) {
  const t = useTranslations("Update");
  if (original.status === "twilio-rejected" && lastPhase !== "done")
    return (
      <RejectedWayForward
        bundle={original}
        documents={[]}
        numbers={null}
        help={help}
        supportEmail={supportEmail}
        supportUrl={supportUrl}
      />
    );
  if (!needsUpdate(original))
    return (
      <StatusCard
        className="mt-6"
        headingId="state-title"
        description={noUpdateMessage(t, original, lastPhase)}
        body={
          lastPhase === "done" ? (
            <p className="mt-2">
              {next ? (
                <>
                  {t.rich("notStarted.next", {
                    name: next.name,
                    strong: (chunks) => <strong>{chunks}</strong>,
                    deadline: () => <DeadlineText validUntil={next.validUntil} />,
                  })}{" "}
                  <Link
                    prefetch={false}
                    href={`/bundles/${next.sid}/update`}
                    className="font-medium text-blue-800 underline underline-offset-2"
                  >
                    {t("notStarted.updateNext", { name: next.name })}
                  </Link>
                </>
              ) : (
                <>
                  {t("notStarted.noOther")}{" "}
                  <Link
                    prefetch={false}
                    href="/bundles"
                    className="font-medium text-blue-800 underline underline-offset-2"
                  >
                    {t("notStarted.backToList")}
                  </Link>
                </>
              )}
            </p>
          ) : undefined
        }
      />
    );
  const headline =
    lastPhase === "cancelled" ? t("notStarted.headlineAgain") : t("notStarted.headline");
  return (
    <StatusCard
      className="mt-6"
      headingId="state-title"
      description={{ headline, detail: "", tone: "action" }}
      body={
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>{t("notStarted.how1")}</li>
          <li>{t("notStarted.how2")}</li>
          <li>{t("notStarted.how3")}</li>
        </ol>
      }
    >
      <StepButton
        action={startUpdateAction}
        originalSid={original.sid}
        {...stepTexts(t, "start")}
      />
    </StatusCard>
  );
}

/** Why there is nothing to start, in the customer's words. */
function noUpdateMessage(
  t: Translator<"Update">,
  original: Bundle,
  lastPhase: string | null,
): Description {
  if (lastPhase === "done" && original.status === "twilio-approved")
    return {
      headline: t("notStarted.upToDate.headline"),
      detail: t("notStarted.upToDate.detail"),
      tone: "success",
    };
  if (original.status !== "twilio-approved")
    return {
      headline: t("notStarted.notApproved.headline"),
      detail: t("notStarted.notApproved.detail"),
      tone: "waiting",
    };
  return {
    headline: t("notStarted.noneNeeded.headline"),
    detail: t("notStarted.noneNeeded.detail"),
    tone: "success",
  };
}
