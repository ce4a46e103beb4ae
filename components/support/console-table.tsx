import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { ConsoleRow } from "@/lib/support/console-rows";
import { formatDayIn } from "@/lib/support/format";
import { stacked } from "@/components/stacked-table";
import { noticeKindLabel } from "@/lib/support/notice-kind";

const num = `px-3 py-2 text-right tabular-nums ${stacked.td}`;

/** The most Bundles one account's counts cover (the sweep reads at most this many). */
const COUNT_LIMIT = 5000;

/** One figure; non-zero urgent figures are bold and coloured, and the number carries the meaning. */
function Count({ value, tone }: { value: number | undefined; tone: "red" | "amber" | "plain" }) {
  const locale = useLocale();
  const t = useTranslations("Support.table");
  if (value === undefined) return <span className="text-slate-700">{t("unknown")}</span>;
  const color =
    value === 0
      ? "text-slate-700"
      : tone === "red"
        ? "font-semibold text-red-800"
        : tone === "amber"
          ? "font-semibold text-amber-900"
          : "font-semibold text-slate-900";
  return <span className={color}>{value.toLocaleString(locale)}</span>;
}

/** The console's account list, already sorted by urgency and paged by the caller. */
export function ConsoleTable({ rows }: { rows: ConsoleRow[] }) {
  const t = useTranslations("Support.table");
  const tSupport = useTranslations("Support");
  const locale = useLocale();
  const columns = [
    ["overdue", "red"],
    ["within7", "red"],
    ["within30", "amber"],
    ["underReview", "plain"],
    ["rejected", "red"],
  ] as const;
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table role="table" className={`border-collapse ${stacked.table}`}>
        <caption className="sr-only">{t("caption")}</caption>
        <thead role="rowgroup" className={`bg-slate-100 text-slate-900 ${stacked.thead}`}>
          <tr role="row">
            <th role="columnheader" scope="col" className="px-3 py-2">
              {t("account")}
            </th>
            {columns.map(([key]) => (
              // Whole words: the page's overflow-wrap:anywhere would split "Überfällig" mid-word.
              <th
                key={key}
                role="columnheader"
                scope="col"
                className="px-3 py-2 text-right [overflow-wrap:normal] hyphens-auto"
              >
                {t(key)}
              </th>
            ))}
            <th role="columnheader" scope="col" className="px-3 py-2">
              <span className="sr-only">{t("actions")}</span>
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className={stacked.tbody}>
          {rows.map((row) => (
            <tr
              key={row.id}
              role="row"
              className={`border-t border-slate-200 align-top ${stacked.tr}`}
            >
              <th
                role="rowheader"
                scope="row"
                className="block px-3 py-2 font-normal max-md:px-0 md:table-cell"
              >
                <span className="font-semibold">{row.name}</span>
                <span className="block font-mono text-xs text-slate-700">{row.subaccountSid}</span>
                {row.emails.length > 0 ? (
                  <span className="block text-xs text-slate-700 [overflow-wrap:anywhere]">
                    {row.emails.join(", ")}
                  </span>
                ) : (
                  <span className="block text-xs text-slate-700">{t("noUsers")}</span>
                )}
                {row.notSwept ? (
                  <span className="mt-1 block text-xs font-medium text-red-800">
                    {t("notSwept")}
                  </span>
                ) : null}
                {row.error ? (
                  <span className="mt-1 block text-xs font-medium text-red-800">
                    {t.rich("countsUnavailable", {
                      error: row.error,
                      en: (chunks) => (
                        <span lang="en" className="[overflow-wrap:anywhere]">
                          {chunks}
                        </span>
                      ),
                    })}
                  </span>
                ) : null}
                {row.lastNotice ? (
                  <span className="mt-1 block text-xs text-slate-700 [overflow-wrap:anywhere]">
                    {t("lastEmail", {
                      kind: noticeKindLabel(tSupport, row.lastNotice.kind),
                      to: row.lastNotice.to,
                      date: formatDayIn(locale, row.lastNotice.at),
                    })}
                    {row.lastNotice.status === "sent"
                      ? row.lastNotice.openedAt
                        ? t("linkOpened")
                        : t("linkNotOpened")
                      : t("noticeStatus", { status: row.lastNotice.status })}
                  </span>
                ) : row.lastNotice === null ? (
                  <span className="mt-1 block text-xs text-slate-700">{t("noEmails")}</span>
                ) : null}
                {!row.complete ? (
                  <span className="mt-1 block text-xs text-slate-700">
                    {t("incomplete", { limit: COUNT_LIMIT })}
                  </span>
                ) : null}
              </th>
              {columns.map(([key, tone]) => (
                <td
                  key={key}
                  role="cell"
                  data-label={t("cellLabel", { column: t(key) })}
                  className={num}
                >
                  <Count value={row.counts?.[key]} tone={tone} />
                </td>
              ))}
              <td role="cell" className={`px-3 py-2 ${stacked.td}`}>
                {row.staffAccount ? (
                  <span className="text-xs text-slate-700">{t("staffAccount")}</span>
                ) : (
                  <Link
                    href={`/support/accounts/${row.id}`}
                    // The name says whom: "Help Acme …" (it contains the visible word, WCAG 2.5.3).
                    aria-label={t("helpLabel", { account: row.name })}
                    className="font-medium whitespace-nowrap text-blue-800 underline underline-offset-2"
                  >
                    {t("help")}
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
