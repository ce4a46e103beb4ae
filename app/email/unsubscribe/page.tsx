import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/email/link-button";
import { LinkProblem } from "@/components/email/link-problem";
import { ClientMessages } from "@/components/i18n/client-messages";
import { unsubscribeByLinkAction } from "../actions";
import { readLink } from "../link-contact";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EmailLinks.unsubscribe");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ t?: string | string[] }> };

export default async function UnsubscribePage({ searchParams }: Props) {
  const { token, contact, problem } = await readLink("unsubscribe", (await searchParams).t);
  if (!contact) return <LinkProblem message={problem} />;
  const t = await getTranslations("EmailLinks.unsubscribe");
  const values = { email: contact.email, account: contact.accountName };
  const strong = (chunks: ReactNode) => (
    <strong className="[overflow-wrap:anywhere]">{chunks}</strong>
  );
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      {contact.state === "unsubscribed" ? (
        <p role="status">{t.rich("already", { ...values, strong })}</p>
      ) : (
        <>
          <p>{t.rich("ask", { ...values, strong, b: (chunks) => <strong>{chunks}</strong> })}</p>
          <ClientMessages namespaces={["EmailLinks"]}>
            <LinkButton
              token={token}
              label={t("button")}
              done={t("done", values)}
              act={unsubscribeByLinkAction}
            />
          </ClientMessages>
        </>
      )}
    </div>
  );
}
