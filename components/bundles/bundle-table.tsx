import Link from "next/link";
import { useTranslations } from "next-intl";
import type { WorklistRow } from "@/lib/worklist/loader";
import { DeadlineText } from "./deadline-text";
import { RegulationCell } from "./regulation-cell";
import { StatusBadge } from "./status-badge";
import { UpdateProgress } from "./update-progress";
import { stacked } from "@/components/stacked-table";

const COLUMNS = ["bundle", "deadline", "status", "regulation", "phoneNumbers", "update"] as const;
const cell = `px-3 py-3 sm:px-4 align-top ${stacked.td}`;

export interface RowGroup {
  /** A stable key for the group (its title is in the customer's language). */
  id: string;
  /** Shown as a row-group heading when the table has more than one group. */
  title: string;
  rows: WorklistRow[];
}

/**
 * The Bundles worklist. A real table (headers, caption) that stacks into one card per Bundle on
 * phones; several groups become labelled row groups (e.g. rejected Bundles without a deadline first).
 */
export function BundleTable({
  groups,
  caption,
  now,
}: {
  groups: RowGroup[];
  caption: string;
  now: Date;
}) {
  const t = useTranslations("Worklist");
  const shown = groups.filter((g) => g.rows.length > 0);
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-300 bg-white"
      role="region"
      aria-labelledby="bundles-caption"
      tabIndex={0}
    >
      <table role="table" className={`${stacked.table} md:min-w-[52rem]`}>
        <caption id="bundles-caption" className="sr-only">
          {caption}
        </caption>
        <thead
          role="rowgroup"
          className={`border-b border-slate-300 bg-slate-100 text-slate-800 ${stacked.thead}`}
        >
          <tr role="row">
            {COLUMNS.map((name) => (
              <th
                key={name}
                role="columnheader"
                scope="col"
                className={`px-3 py-3 font-semibold sm:px-4 ${name === "phoneNumbers" ? "text-right" : ""}`}
              >
                {t(`columns.${name}`)}
              </th>
            ))}
          </tr>
        </thead>
        {shown.map((group) => (
          <tbody
            key={group.id}
            role="rowgroup"
            className={`divide-y divide-slate-200 border-b border-slate-300 ${stacked.tbody}`}
          >
            {shown.length > 1 ? (
              <tr role="row" className={`bg-slate-50 ${stacked.tr}`}>
                <th
                  role="rowheader"
                  scope="rowgroup"
                  colSpan={COLUMNS.length}
                  className="px-3 py-2 text-xs font-semibold tracking-wide text-slate-800 uppercase sm:px-4"
                >
                  {group.title}
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <BundleRow key={row.bundle.sid} row={row} now={now} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}

function BundleRow({ row, now }: { row: WorklistRow; now: Date }) {
  const t = useTranslations("Worklist");
  const b = row.bundle;
  return (
    <tr role="row" className={stacked.tr}>
      <td role="cell" className={cell}>
        <Link
          prefetch={false}
          href={`/bundles/${b.sid}`}
          className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
        >
          {b.friendlyName}
        </Link>
        <div className="mt-0.5 hidden font-mono text-xs text-slate-700 sm:block">{b.sid}</div>
      </td>
      <td role="cell" data-label={t("cellLabels.deadline")} className={cell}>
        <DeadlineText validUntil={b.validUntil} now={now} />
      </td>
      <td role="cell" data-label={t("cellLabels.status")} className={cell}>
        <StatusBadge status={b.status} />
      </td>
      <td role="cell" data-label={t("cellLabels.regulation")} className={cell}>
        <RegulationCell regulation={row.regulation} regulationSid={b.regulationSid} />
      </td>
      <td
        role="cell"
        data-label={t("cellLabels.phoneNumbers")}
        className={`${cell} text-right tabular-nums`}
      >
        {row.phoneNumbers === null ? (
          <span>
            <span aria-hidden="true">—</span>
            <span className="sr-only">{t("unknown")}</span>
          </span>
        ) : (
          row.phoneNumbers
        )}
      </td>
      <td role="cell" data-label={t("cellLabels.update")} className={cell}>
        <UpdateProgress row={row} />
      </td>
    </tr>
  );
}
