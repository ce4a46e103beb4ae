import Link from "next/link";

const linkClass =
  "rounded-md border border-slate-500 bg-white px-3 py-1.5 font-medium text-blue-800 hover:bg-slate-100";

/** Previous/Next links that carry Twilio's page cursor in the query string (server-side paging). */
export function Pagination({ previous, next }: { previous: string | null; next: string | null }) {
  if (!previous && !next) return null;
  const href = (cursor: string) => `/bundles?${new URLSearchParams({ cursor })}`;
  return (
    <nav aria-label="Pagination" className="mt-4 flex justify-between gap-4">
      {previous ? (
        <Link href={href(previous)} className={linkClass} rel="prev">
          ← Previous page
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link href={href(next)} className={linkClass} rel="next">
          Next page →
        </Link>
      ) : null}
    </nav>
  );
}
