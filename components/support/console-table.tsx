import Link from "next/link";
import type { ConsoleRow } from "@/lib/support/console-rows";
import { stacked } from "@/components/stacked-table";

const num = `px-3 py-2 text-right tabular-nums ${stacked.td}`;

/** One figure; non-zero urgent figures are bold and coloured, and the number carries the meaning. */
function Count({ value, tone }: { value: number | undefined; tone: "red" | "amber" | "plain" }) {
  if (value === undefined) return <span className="text-slate-700">–</span>;
  const color =
    value === 0
      ? "text-slate-700"
      : tone === "red"
        ? "font-semibold text-red-800"
        : tone === "amber"
          ? "font-semibold text-amber-900"
          : "font-semibold text-slate-900";
  return <span className={color}>{value}</span>;
}

/** The console's account list, already sorted by urgency and paged by the caller. */
export function ConsoleTable({ rows }: { rows: ConsoleRow[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table role="table" className={`border-collapse ${stacked.table}`}>
        <caption className="sr-only">
          Customer accounts, most urgent first, with their Bundle counts from Twilio
        </caption>
        <thead role="rowgroup" className={`bg-slate-100 text-slate-900 ${stacked.thead}`}>
          <tr role="row">
            <th role="columnheader" scope="col" className="px-3 py-2">
              Account
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2 text-right">
              Overdue
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2 text-right">
              Expiring ≤ 7 days
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2 text-right">
              Expiring ≤ 30 days
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2 text-right">
              Under review
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2 text-right">
              Rejected
            </th>
            <th role="columnheader" scope="col" className="px-3 py-2">
              <span className="sr-only">Actions</span>
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
                  <span className="block text-xs text-slate-700">{row.emails.join(", ")}</span>
                ) : (
                  <span className="block text-xs text-slate-700">No portal users yet</span>
                )}
                {row.error ? (
                  <span className="mt-1 block text-xs font-medium text-red-800">
                    Counts unavailable: {row.error}
                  </span>
                ) : null}
                {row.lastNotice ? (
                  <span className="mt-1 block text-xs text-slate-700 [overflow-wrap:anywhere]">
                    Last email: {row.lastNotice.label} to {row.lastNotice.to},{" "}
                    {row.lastNotice.at.toISOString().slice(0, 10)}
                    {row.lastNotice.status === "sent"
                      ? row.lastNotice.openedAt
                        ? ", link opened"
                        : ", link not opened"
                      : ` (${row.lastNotice.status})`}
                  </span>
                ) : row.lastNotice === null ? (
                  <span className="mt-1 block text-xs text-slate-700">No emails sent yet</span>
                ) : null}
                {!row.complete ? (
                  <span className="mt-1 block text-xs text-slate-700">
                    Very many Bundles: counts cover the first 5,000.
                  </span>
                ) : null}
              </th>
              <td role="cell" data-label="Overdue:" className={num}>
                <Count value={row.counts?.overdue} tone="red" />
              </td>
              <td role="cell" data-label="Expiring ≤ 7 days:" className={num}>
                <Count value={row.counts?.within7} tone="red" />
              </td>
              <td role="cell" data-label="Expiring ≤ 30 days:" className={num}>
                <Count value={row.counts?.within30} tone="amber" />
              </td>
              <td role="cell" data-label="Under review:" className={num}>
                <Count value={row.counts?.underReview} tone="plain" />
              </td>
              <td role="cell" data-label="Rejected:" className={num}>
                <Count value={row.counts?.rejected} tone="red" />
              </td>
              <td role="cell" className={`px-3 py-2 ${stacked.td}`}>
                {row.staffAccount ? (
                  <span className="text-xs text-slate-700">Staff account</span>
                ) : (
                  <Link
                    href={`/support/accounts/${row.id}`}
                    className="font-medium whitespace-nowrap text-blue-800 underline underline-offset-2"
                  >
                    Help<span className="sr-only"> {row.name}</span>
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
