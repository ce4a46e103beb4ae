import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-700">
        This page does not exist, or it belongs to an account you cannot see.
      </p>
      <p className="mt-6">
        <Link href="/bundles" className="font-medium text-blue-800 underline underline-offset-2">
          Back to your Bundles
        </Link>
      </p>
    </main>
  );
}
