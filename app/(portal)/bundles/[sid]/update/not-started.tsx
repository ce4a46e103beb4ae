import type { Bundle } from "@/lib/twilio";
import { needsUpdate, type Description } from "@/lib/workflow";
import { StepButton } from "@/components/update/step-button";
import { startUpdateAction } from "./actions";

/** No open update: offer to start one when the Bundle has a deadline, or say it's up to date. */
export function NotStarted(props: {
  original: Bundle;
  lastPhase: string | null;
  description: Description | null;
}) {
  const { original, lastPhase } = props;
  if (!needsUpdate(original)) {
    const { title, text, tone } = noUpdateMessage(original, lastPhase);
    return (
      <section
        aria-labelledby="state-title"
        className={`mt-6 rounded-lg border border-l-4 p-4 ${tone}`}
      >
        <h2 id="state-title" className="text-lg font-semibold">
          {title}
        </h2>
        <p className="mt-1">{text}</p>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="state-title"
      className="mt-6 rounded-lg border border-l-4 border-blue-700 bg-blue-50 p-4 text-blue-950"
    >
      <h2 id="state-title" className="text-lg font-semibold">
        {lastPhase === "cancelled" ? "Start a new update" : "Update your compliance details"}
      </h2>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        <li>
          We make a private working copy of your current details. Your current details stay active
          and your phone numbers keep working.
        </li>
        <li>You fill in what the new requirements ask for; we check it as you go.</li>
        <li>
          You submit it, Twilio reviews it (usually within 1 business day), and we put the approved
          details in place.
        </li>
      </ol>
      <div className="mt-4">
        <StepButton
          action={startUpdateAction}
          originalSid={original.sid}
          label="Start the update"
          pendingLabel="Starting…"
        />
      </div>
    </section>
  );
}

const OK = "border-green-700 bg-green-50 text-green-950";
const INFO = "border-slate-400 bg-white text-slate-900";
const PROBLEM = "border-red-700 bg-red-50 text-red-950";

/** Why there is nothing to start, in the customer's words. */
function noUpdateMessage(original: Bundle, lastPhase: string | null) {
  if (lastPhase === "done" && original.status === "twilio-approved")
    return {
      title: "Your Bundle is up to date",
      text: "Twilio approved your new details and they are now in place. The deadline is cleared and your phone numbers kept working throughout.",
      tone: OK,
    };
  if (original.status === "twilio-rejected")
    return {
      title: "This Bundle was rejected",
      text: "Twilio rejected this Bundle (its deadline passed or its review failed), so it can no longer be updated through a working copy. Contact support: they can help you fix it directly.",
      tone: PROBLEM,
    };
  if (original.status !== "twilio-approved")
    return {
      title: "Not approved yet",
      text: "This Bundle has not been approved yet, so there is nothing to update. Updates are for approved Bundles that have a deadline.",
      tone: INFO,
    };
  return {
    title: "No update needed",
    text: "This Bundle has no update deadline, so there is nothing to change right now.",
    tone: OK,
  };
}
