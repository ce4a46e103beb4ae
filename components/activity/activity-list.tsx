import { useLocale, useTranslations } from "next-intl";
import { formatUtc } from "@/lib/format/utc";
import { describeActivity, type ActivityEvent } from "@/lib/activity/describe";
import { stacked } from "@/components/stacked-table";

/**
 * The account's activity as a table: when, who, what (and on which Bundle, by name), why. Rows by support
 * staff carry a visible "Support" tag as well as the words, never colour alone.
 */
export function ActivityList({ events }: { events: ActivityEvent[] }) {
  const t = useTranslations("Activity");
  const locale = useLocale();
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table role="table" className={`border-collapse ${stacked.table}`}>
        <caption className="sr-only">{t("table.caption")}</caption>
        <thead role="rowgroup" className={`bg-slate-100 ${stacked.thead}`}>
          <tr role="row">
            <th role="columnheader" scope="col" className="px-3 py-2">
              {t("table.when")}
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2">
              {t("table.who")}
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2">
              {t("table.what")}
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2">
              {t("table.why")}
            </th>
          </tr>
        </thead>
        <tbody role="rowgroup" className={stacked.tbody}>
          {events.map((event) => {
            const line = describeActivity(event, t);
            return (
              <tr
                key={event.id}
                role="row"
                className={`border-t border-slate-200 align-top ${stacked.tr} ${line.bySupport ? "bg-violet-50" : ""}`}
              >
                <td
                  role="cell"
                  data-label={t("table.whenLabel")}
                  className={`px-3 py-2 whitespace-nowrap ${stacked.td}`}
                >
                  <time dateTime={event.occurredAt.toISOString()}>
                    {formatUtc(event.occurredAt, true, locale)}
                  </time>
                </td>
                <td
                  role="cell"
                  data-label={t("table.whoLabel")}
                  className={`px-3 py-2 ${stacked.td}`}
                >
                  {line.bySupport ? (
                    <span className="mr-2 rounded-full border border-violet-700 px-2 py-0.5 text-xs font-semibold text-violet-900">
                      {t("table.support")}
                    </span>
                  ) : null}
                  {line.who}
                </td>
                <td
                  role="cell"
                  data-label={t("table.whatLabel")}
                  className={`px-3 py-2 ${stacked.td}`}
                >
                  {line.whatLang ? <span lang={line.whatLang}>{line.what}</span> : line.what}
                  {line.bundle ? (
                    <span className="block text-sm break-words text-slate-700">
                      {t("table.bundle", { name: line.bundle })}
                    </span>
                  ) : null}
                </td>
                <td
                  role="cell"
                  data-label={t("table.whyLabel")}
                  className={`px-3 py-2 ${stacked.td}`}
                >
                  {line.why ?? <span className="text-slate-700">—</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
