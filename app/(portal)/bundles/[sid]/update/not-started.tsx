import Link from "next/link";
import type { Bundle } from "@/lib/domain/types";
import { DeadlineText } from "@/components/bundles/deadline-text";
import { needsUpdate, type Description } from "@/lib/workflow";
import { RejectedWayForward } from "@/components/bundles/rejected-way-forward";
import { StatusCard } from "@/components/update/status-card";
import type { HelpRequest } from "@/lib/dal/help-requests";
import { StepButton } from "@/components/update/step-button";
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
        description={noUpdateMessage(original, lastPhase)}
        body={
          lastPhase === "done" ? (
            <p className="mt-2">
              {next ? (
                <>
                  Next: <strong>{next.name}</strong> must be updated by{" "}
                  <DeadlineText validUntil={next.validUntil} />.{" "}
                  <Link
                    prefetch={false}
                    href={`/bundles/${next.sid}/update`}
                    className="font-medium text-blue-800 underline underline-offset-2"
                  >
                    Update {next.name}
                  </Link>
                </>
              ) : (
                <>
                  No other Bundle of yours has a deadline.{" "}
                  <Link
                    prefetch={false}
                    href="/bundles"
                    className="font-medium text-blue-800 underline underline-offset-2"
                  >
                    Back to your Bundles
                  </Link>
                </>
              )}
            </p>
          ) : undefined
        }
      />
    );
  const headline =
    lastPhase === "cancelled" ? "Start a new update" : "Update your compliance details";
  return (
    <StatusCard
      className="mt-6"
      headingId="state-title"
      description={{ headline, detail: "", tone: "action" }}
      body={
        <ol className="mt-2 list-decimal space-y-1 pl-6">
          <li>
            We make a private working copy of your current details. Your current details stay active
            and your phone numbers keep working.
          </li>
          <li>You fill in what the new requirements ask for; we check it as you go.</li>
          <li>
            You submit it, Twilio reviews it (usually within 1 business day), and we put the
            approved details in place.
          </li>
        </ol>
      }
    >
      <StepButton
        action={startUpdateAction}
        originalSid={original.sid}
        label="Start the update"
        pendingLabel="Starting…"
      />
    </StatusCard>
  );
}

/** Why there is nothing to start, in the customer's words. */
function noUpdateMessage(original: Bundle, lastPhase: string | null): Description {
  if (lastPhase === "done" && original.status === "twilio-approved")
    return {
      headline: "Your Bundle is up to date",
      detail:
        "Twilio approved your new details and they are now in place. The deadline is cleared and your phone numbers kept working throughout.",
      tone: "success",
    };
  if (original.status !== "twilio-approved")
    return {
      headline: "Not approved yet",
      detail:
        "This Bundle has not been approved yet, so there is nothing to update. Updates are for approved Bundles that have a deadline.",
      tone: "waiting",
    };
  return {
    headline: "No update needed",
    detail: "This Bundle has no update deadline, so there is nothing to change right now.",
    tone: "success",
  };
}
