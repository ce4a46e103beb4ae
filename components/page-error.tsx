"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useTranslations } from "next-intl";

/**
 * A page that failed to render, inside the portal's own layout (header and navigation stay, so
 * the customer is never stranded). The message is generic on purpose: in production Next hides
 * server error messages, and `digest` lets support find the logged details.
 */
export function PageError({
  error,
  reset,
  home,
}: {
  error: Error & { digest?: string };
  reset: () => void;
  home: { href: string; label: string };
}) {
  const t = useTranslations("PageError");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section aria-labelledby="error-title" className="max-w-2xl py-6">
      <title>{t("pageTitle")}</title>
      <h1 id="error-title" className="text-2xl font-semibold">
        {t("pageTitle")}
      </h1>
      <p className="mt-3 text-slate-700">
        {t("pageBody")}
        {error.digest ? (
          <>
            {" "}
            {t.rich("pageRef", {
              digest: error.digest,
              code: (chunks) => <code className="rounded bg-slate-200 px-1">{chunks}</code>,
            })}
          </>
        ) : null}
      </p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:brightness-90"
        >
          {t("retry")}
        </button>
        <Link
          href={home.href}
          className="px-1 py-2 font-medium text-blue-800 underline underline-offset-2"
        >
          {home.label}
        </Link>
      </div>
    </section>
  );
}
