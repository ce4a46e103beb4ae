import { useLocale, useTranslations } from "next-intl";
import { HelpRequestForm } from "@/components/bundles/help-request-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requestHelpAction } from "@/app/(portal)/bundles/[sid]/actions";
import type { Bundle, SupportingDocument } from "@/lib/domain/types";
import type { HelpRequest } from "@/lib/dal/help-requests";
import { formatUtc } from "@/lib/format/utc";

/**
 * The way forward for a Bundle Twilio rejected (issue 15): why, what is at stake, and a real
 * route to support with the Bundle's context. A rejected original can't be updated through a
 * working copy (Twilio copies approved Bundles only), and the portal never edits an original
 * in place (DESIGN.md), so support takes it from here.
 */
export function RejectedWayForward({
  bundle,
  documents,
  numbers,
  help,
  supportEmail,
  supportUrl = null,
  now = new Date(),
}: {
  bundle: Bundle;
  documents: SupportingDocument[];
  numbers: number | null;
  help: HelpRequest | null;
  supportEmail: string | null;
  /** The platform's support page (SUPPORT_URL), when it has one. */
  supportUrl?: string | null;
  now?: Date;
}) {
  const t = useTranslations("Bundle.rejected");
  const locale = useLocale();
  const expired = bundle.validUntil !== null && bundle.validUntil.getTime() <= now.getTime();
  const reasons = documents.filter((d) => d.failureReason).map((d) => d.failureReason!);
  const subject = t("subject", { name: bundle.friendlyName, sid: bundle.sid });
  const replyTo = help ? help.requestedBy.replace(/^.*<|>$/g, "") : "";
  return (
    <section
      aria-labelledby="rejected-title"
      className="mt-6 rounded-lg border border-l-4 border-red-700 bg-red-50 p-4 text-red-950"
    >
      <h2 id="rejected-title" className="text-lg font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1">
        {expired
          ? t("expired", { date: formatUtc(bundle.validUntil!, false, locale) })
          : t("notAccepted")}{" "}
        {numbers ? t("numbers", { count: numbers }) : t("numbersUnknown")}
      </p>
      {reasons.length > 0 ? (
        <ul className="mt-2 list-disc pl-6">
          {reasons.map((r) => (
            <li key={r} lang="en">
              {r}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="mt-2">{t("cannotUpdate")}</p>
      {help ? (
        <p
          role="status"
          className="mt-3 rounded-md border border-green-700 bg-white p-3 text-green-950"
        >
          {replyTo
            ? t("asked", { date: formatUtc(help.at, false, locale), email: replyTo })
            : t("askedYou", { date: formatUtc(help.at, false, locale) })}
        </p>
      ) : (
        <ClientMessages namespaces={["BundleHelp"]}>
          <HelpRequestForm bundleSid={bundle.sid} action={requestHelpAction} />
        </ClientMessages>
      )}
      {supportEmail ? (
        <p className="mt-3">
          {t.rich("orEmail", {
            email: supportEmail,
            sid: bundle.sid,
            link: (chunks) => (
              <a
                href={`mailto:${supportEmail}?subject=${encodeURIComponent(subject)}`}
                className="font-medium text-blue-800 underline underline-offset-2"
              >
                {chunks}
              </a>
            ),
          })}
        </p>
      ) : null}
      {supportUrl ? (
        <p className="mt-2">
          <a href={supportUrl} className="font-medium text-blue-800 underline underline-offset-2">
            {t("supportPages")}
          </a>
        </p>
      ) : null}
    </section>
  );
}
