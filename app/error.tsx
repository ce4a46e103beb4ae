"use client";

import Link from "next/link";
import { useEffect } from "react";

/**
 * Unexpected errors. The message shown is generic on purpose: in production Next replaces server
 * error messages anyway, and `digest` lets support find the logged details.
 */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-3 text-slate-700">
        We could not show this page. Please try again; if it keeps happening, contact support
        {error.digest ? (
          <>
            {" "}
            and quote reference <code className="rounded bg-slate-200 px-1">{error.digest}</code>
          </>
        ) : null}
        .
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
          href="/bundles"
          className="px-1 py-2 font-medium text-blue-800 underline underline-offset-2"
        >
          Back to your Bundles
        </Link>
      </div>
    </main>
  );
}
