import Link from "next/link";

const linkClass =
  "rounded-md border border-slate-500 bg-white px-3 py-1.5 font-medium text-blue-800 hover:bg-slate-100";

/** Previous/next for numbered pages; `href(n)` keeps the caller's other query parameters. */
export function PageLinks({
  page,
  pages,
  href,
  label = "Pagination",
}: {
  page: number;
  pages: number | null;
  href: (page: number) => string;
  label?: string;
}) {
  const hasNext = pages === null ? false : page < pages;
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">
        Page {page}
        {pages ? ` of ${pages}` : ""}
      </span>
      {hasNext ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          Next page →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
