import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkProblem } from "@/components/email/link-problem";
import { PreferencesForm } from "@/components/email/preferences-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { savePreferencesByLinkAction } from "../actions";
import { readLink } from "../link-contact";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EmailLinks.preferences");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ t?: string | string[] }> };

export default async function PreferencesPage({ searchParams }: Props) {
  const { token, contact, problem } = await readLink("preferences", (await searchParams).t);
  if (!contact) return <LinkProblem message={problem} />;
  const t = await getTranslations("EmailLinks.preferences");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>
        {t.rich("intro", {
          email: contact.email,
          account: contact.accountName,
          strong: (chunks) => <strong className="[overflow-wrap:anywhere]">{chunks}</strong>,
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <ClientMessages namespaces={["EmailLinks", "NoticeCategories"]}>
        <PreferencesForm
          token={token}
          initial={contact.categories}
          unsubscribed={contact.state === "unsubscribed"}
          save={savePreferencesByLinkAction}
        />
      </ClientMessages>
    </div>
  );
}
