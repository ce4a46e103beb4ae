import type { ReactNode } from "react";

/** A visible problem on a page (not a form): a labelled region with a heading and a way on. */
export function Notice({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section
      aria-labelledby="notice-title"
      className="rounded-lg border border-amber-600 bg-amber-50 px-4 py-3 text-amber-950"
    >
      <h2 id="notice-title" className="font-semibold">
        {title}
      </h2>
      <div className="mt-1">{children}</div>
    </section>
  );
}
