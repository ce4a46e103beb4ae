import { useTranslations } from "next-intl";

/** A signed link that cannot be used: say why and what to do instead. */
export function LinkProblem({ message }: { message: string }) {
  const t = useTranslations("EmailLinks.problem");
  return (
    <section
      aria-labelledby="link-problem"
      className="rounded-lg border border-amber-600 bg-amber-50 p-4"
    >
      <h1 id="link-problem" className="text-xl font-semibold">
        {t("title")}
      </h1>
      <p className="mt-2">{message}</p>
      <p className="mt-2">
        {t.rich("signedIn", {
          link: (chunks) => (
            <a className="underline" href="/settings/notifications">
              {chunks}
            </a>
          ),
        })}
      </p>
    </section>
  );
}
