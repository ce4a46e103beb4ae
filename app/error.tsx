"use client";

import Link from "next/link";
import { useEffect } from "react";
import { useTranslations } from "next-intl";

/**
 * Unexpected errors. The message shown is generic on purpose: in production Next replaces server
 * error messages anyway, and `digest` lets support find the logged details. The words come with
 * every page (PageError is one of the base client namespaces).
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  const t = useTranslations("PageError");
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-3 text-slate-700">
        {error.digest
          ? t.rich("bodyRef", {
              digest: error.digest,
              code: (chunks) => <code className="rounded bg-slate-200 px-1">{chunks}</code>,
            })
          : t("body")}
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
          href="/bundles"
          className="px-1 py-2 font-medium text-blue-800 underline underline-offset-2"
        >
          {t("back")}
        </Link>
      </div>
    </main>
  );
}
