import Link from "next/link";
import { useTranslations } from "next-intl";

const linkClass =
  "rounded-md border border-slate-500 bg-white px-3 py-1.5 font-medium text-blue-800 hover:bg-slate-100";

/**
 * Previous/next for numbered pages; `href(n)` keeps the caller's other query parameters.
 * A Server Component (its words are read on the server, so no page needs to send them).
 */
export function PageLinks({
  page,
  pages,
  href,
  label,
}: {
  page: number;
  pages: number | null;
  href: (page: number) => string;
  /** The navigation's name, from the caller's catalog ("Account pages"); "Pagination" if none. */
  label?: string;
}) {
  const t = useTranslations("Paging");
  const hasNext = pages === null ? false : page < pages;
  if (page <= 1 && !hasNext) return null;
  return (
    <nav aria-label={label ?? t("label")} className="mt-4 flex items-center justify-between gap-4">
      {page > 1 ? (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">
        {pages ? t("pageOf", { page, pages }) : t("page", { page })}
      </span>
      {hasNext ? (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
