import type { Metadata } from "next";
import { LinkProblem } from "@/components/email/link-problem";
import { PreferencesForm } from "@/components/email/preferences-form";
import { savePreferencesByLinkAction } from "../actions";
import { readLink } from "../link-contact";

export const metadata: Metadata = { title: "Email preferences" };

type Props = { searchParams: Promise<{ t?: string | string[] }> };

export default async function PreferencesPage({ searchParams }: Props) {
  const { token, contact, problem } = await readLink("preferences", (await searchParams).t);
  if (!contact) return <LinkProblem message={problem} />;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Email preferences</h1>
      <p>
        Which compliance emails about <strong>{contact.accountName}</strong> go to{" "}
        <strong className="[overflow-wrap:anywhere]">{contact.email}</strong>.
      </p>
      <PreferencesForm
        token={token}
        initial={contact.categories}
        unsubscribed={contact.state === "unsubscribed"}
        save={savePreferencesByLinkAction}
      />
    </div>
  );
}
