import Link from "next/link";
import { useTranslations } from "next-intl";

const linkClass =
  "rounded-md border border-slate-500 bg-white px-3 py-1.5 font-medium text-blue-800 hover:bg-slate-100";

/**
 * Previous/Next links. Each href carries Twilio's page cursor next to the filters (server-side
 * paging); the caller builds them so the filters stay with every page.
 */
export function Pagination({
  previousHref,
  nextHref,
  page,
  label,
}: {
  previousHref: string | null;
  nextHref: string | null;
  /** Zero-based page index, as Twilio numbers pages. */
  page: number;
  /** The navigation's name, when the page has its own ("Activity pages"). */
  label?: string;
}) {
  const t = useTranslations("Worklist.pagination");
  if (!previousHref && !nextHref) return null;
  return (
    <nav aria-label={label ?? t("label")} className="mt-4 flex items-center justify-between gap-4">
      {previousHref ? (
        <Link href={previousHref} className={linkClass} rel="prev">
          {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-slate-700">{t("page", { number: page + 1 })}</span>
      {nextHref ? (
        <Link href={nextHref} className={linkClass} rel="next">
          {t("next")}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
