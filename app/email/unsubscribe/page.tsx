import type { Metadata } from "next";
import { LinkButton } from "@/components/email/link-button";
import { LinkProblem } from "@/components/email/link-problem";
import { unsubscribeByLinkAction } from "../actions";
import { readLink } from "../link-contact";

export const metadata: Metadata = { title: "Unsubscribe" };

type Props = { searchParams: Promise<{ t?: string | string[] }> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, contact, problem } = await readLink("unsubscribe", (await searchParams).t);
  if (!contact) return <LinkProblem message={problem} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Unsubscribe</h1>
      {contact.state === "unsubscribed" ? (
        <p role="status">
          <strong className="[overflow-wrap:anywhere]">{contact.email}</strong> gets no more emails
          about {contact.accountName}.
        </p>
      ) : (
        <>
          <p>
            Stop every compliance email about <strong>{contact.accountName}</strong> to{" "}
            <strong className="[overflow-wrap:anywhere]">{contact.email}</strong>? Deadlines will
            still apply; someone else at {contact.accountName} should then watch for them.
          </p>
          <LinkButton
            token={token}
            label="Unsubscribe"
            done={`Done: ${contact.email} gets no more emails about ${contact.accountName}.`}
            act={unsubscribeByLinkAction}
          />
        </>
      )}
    </div>
  );
}
