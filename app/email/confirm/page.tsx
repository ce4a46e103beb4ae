import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LinkButton } from "@/components/email/link-button";
import { LinkProblem } from "@/components/email/link-problem";
import { ClientMessages } from "@/components/i18n/client-messages";
import { confirmByLinkAction } from "../actions";
import { readLink } from "../link-contact";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("EmailLinks.confirm");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ t?: string | string[] }> };

export default async function ConfirmPage({ searchParams }: Props) {
  const { token, contact, problem } = await readLink("confirm", (await searchParams).t);
  if (!contact) return <LinkProblem message={problem} />;
  const t = await getTranslations("EmailLinks.confirm");
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
      {contact.state === "confirmed" ? (
        <p role="status">{t("already")}</p>
      ) : contact.state === "unsubscribed" ? (
        <p>{t("unsubscribed")}</p>
      ) : (
        <ClientMessages namespaces={["EmailLinks"]}>
          <LinkButton
            token={token}
            label={t("button")}
            done={t("done")}
            act={confirmByLinkAction}
          />
        </ClientMessages>
      )}
    </div>
  );
}
