"use client";

import Link from "next/link";
import { useEffect } from "react";

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
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <section aria-labelledby="error-title" className="max-w-2xl py-6">
      <title>This page could not be loaded</title>
      <h1 id="error-title" className="text-2xl font-semibold">
        This page could not be loaded
      </h1>
      <p className="mt-3 text-slate-700">
        Most often this means Twilio, which holds your Bundles, did not answer in time. Nothing you
        entered is lost: try again in a minute.
        {error.digest ? (
          <>
            {" "}
            If it keeps happening, contact support and quote reference{" "}
            <code className="rounded bg-slate-200 px-1">{error.digest}</code>.
          </>
        ) : null}
      </p>
      <div className="mt-6 flex flex-wrap gap-4">
        <button
          type="button"
          onClick={reset}
          className="rounded-md bg-brand px-4 py-2 font-medium text-white hover:brightness-90"
        >
          Try again
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
