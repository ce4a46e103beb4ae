import { HelpRequestForm } from "@/components/bundles/help-request-form";
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
  const expired = bundle.validUntil !== null && bundle.validUntil.getTime() <= now.getTime();
  const reasons = documents.filter((d) => d.failureReason).map((d) => d.failureReason!);
  const subject = `Rejected Bundle: ${bundle.friendlyName} (${bundle.sid})`;
  return (
    <section
      aria-labelledby="rejected-title"
      className="mt-6 rounded-lg border border-l-4 border-red-700 bg-red-50 p-4 text-red-950"
    >
      <h2 id="rejected-title" className="text-lg font-semibold">
        Twilio rejected this Bundle
      </h2>
      <p className="mt-1">
        {expired
          ? `Its update deadline, ${formatUtc(bundle.validUntil!)}, passed before an update was approved.`
          : "Twilio's review did not accept it."}{" "}
        {numbers
          ? `${numbers} phone number${numbers === 1 ? "" : "s"} use${numbers === 1 ? "s" : ""} it and may stop working.`
          : "Phone numbers that use it may stop working."}
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
      <p className="mt-2">
        A rejected Bundle can&apos;t be updated here. Support can fix it with you — for example by
        setting up a new Bundle for these numbers.
      </p>
      {help ? (
        <p
          role="status"
          className="mt-3 rounded-md border border-green-700 bg-white p-3 text-green-950"
        >
          You asked support for help on {formatUtc(help.at)}. They have this Bundle&apos;s details
          and will reply to {help.requestedBy.replace(/^.*<|>$/g, "") || "you"} by email.
        </p>
      ) : (
        <HelpRequestForm bundleSid={bundle.sid} action={requestHelpAction} />
      )}
      {supportEmail ? (
        <p className="mt-3">
          Or email{" "}
          <a
            href={`mailto:${supportEmail}?subject=${encodeURIComponent(subject)}`}
            className="font-medium text-blue-800 underline underline-offset-2"
          >
            {supportEmail}
          </a>{" "}
          and quote {bundle.sid}.
        </p>
      ) : null}
      {supportUrl ? (
        <p className="mt-2">
          <a href={supportUrl} className="font-medium text-blue-800 underline underline-offset-2">
            The support pages
          </a>
        </p>
      ) : null}
    </section>
  );
}
