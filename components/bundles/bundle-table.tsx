import Link from "next/link";
import type { Bundle } from "@/lib/twilio";
import { DeadlineText } from "./deadline-text";
import { StatusBadge } from "./status-badge";

/** The Bundles worklist. A real table (headers, caption) that scrolls sideways on small screens. */
export function BundleTable({
  bundles,
  regulations,
  now,
}: {
  bundles: Bundle[];
  regulations: Map<string, string>;
  now: Date;
}) {
  return (
    <div
      className="overflow-x-auto rounded-lg border border-slate-300 bg-white"
      role="region"
      aria-labelledby="bundles-caption"
      tabIndex={0}
    >
      <table className="w-full sm:min-w-[36rem] text-left text-sm">
        <caption id="bundles-caption" className="sr-only">
          Bundles of this account, soonest deadline first
        </caption>
        <thead className="border-b border-slate-300 bg-slate-100 text-slate-800">
          <tr>
            <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
              Bundle
            </th>
            <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
              Deadline (valid until)
            </th>
            <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
              Status
            </th>
            <th scope="col" className="px-3 py-3 sm:px-4 font-semibold">
              Regulation
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {bundles.map((b) => (
            <tr key={b.sid}>
              <td className="px-3 py-3 sm:px-4 align-top">
                <Link
                  href={`/bundles/${b.sid}`}
                  className="font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950"
                >
                  {b.friendlyName}
                </Link>
                <div className="mt-0.5 hidden font-mono text-xs text-slate-700 sm:block">
                  {b.sid}
                </div>
              </td>
              <td className="px-3 py-3 sm:px-4 align-top">
                <DeadlineText validUntil={b.validUntil} now={now} />
              </td>
              <td className="px-3 py-3 sm:px-4 align-top">
                <StatusBadge status={b.status} />
              </td>
              <td className="px-3 py-3 sm:px-4 align-top">
                {b.regulationSid ? (regulations.get(b.regulationSid) ?? b.regulationSid) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
