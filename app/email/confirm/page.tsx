import type { Metadata } from "next";
import { LinkButton } from "@/components/email/link-button";
import { LinkProblem } from "@/components/email/link-problem";
import { confirmByLinkAction } from "../actions";
import { readLink } from "../link-contact";

export const metadata: Metadata = { title: "Confirm your email" };

type Props = { searchParams: Promise<{ t?: string | string[] }> };

export default async function ConfirmPage({ searchParams }: Props) {
  const { token, contact, problem } = await readLink("confirm", (await searchParams).t);
  if (!contact) return <LinkProblem message={problem} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Confirm your email</h1>
      <p>
        <strong className="[overflow-wrap:anywhere]">{contact.email}</strong> was added as a contact
        for compliance notices of <strong>{contact.accountName}</strong>: new deadlines, reminders
        before them and review results.
      </p>
      {contact.state === "confirmed" ? (
        <p role="status">This address is already confirmed. Nothing else to do.</p>
      ) : contact.state === "unsubscribed" ? (
        <p>
          This address is unsubscribed. To get notices again, use the preferences link in any email
          we sent.
        </p>
      ) : (
        <LinkButton
          token={token}
          label="Confirm my email"
          done="Thank you: your address is confirmed. You will get the notices chosen for you."
          act={confirmByLinkAction}
        />
      )}
    </div>
  );
}
