import { formatUtc } from "@/lib/format/utc";
import { describeActivity, type ActivityEvent } from "@/lib/activity/describe";

/**
 * The account's activity as a table: when, who, what (and on which SID), why. Rows by support
 * staff carry a visible "Support" tag as well as the words, never colour alone.
 */
export function ActivityList({ events }: { events: ActivityEvent[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-300 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Activity on this account, newest first</caption>
        <thead className="bg-slate-100">
          <tr>
            <th scope="col" className="px-3 py-2">
              When
            </th>
            <th scope="col" className="px-3 py-2">
              Who
            </th>
            <th scope="col" className="px-3 py-2">
              What
            </th>
            <th scope="col" className="px-3 py-2">
              Why
            </th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const line = describeActivity(event);
            return (
              <tr
                key={event.id}
                className={`border-t border-slate-200 align-top ${line.bySupport ? "bg-violet-50" : ""}`}
              >
                <td className="px-3 py-2 whitespace-nowrap">
                  <time dateTime={event.occurredAt.toISOString()}>
                    {formatUtc(event.occurredAt, true)}
                  </time>
                </td>
                <td className="px-3 py-2">
                  {line.bySupport ? (
                    <span className="mr-2 rounded-full border border-violet-700 px-2 py-0.5 text-xs font-semibold text-violet-900">
                      Support
                    </span>
                  ) : null}
                  {line.who}
                </td>
                <td className="px-3 py-2">
                  {line.what}
                  {line.target ? (
                    <span className="block font-mono text-xs break-all text-slate-700">
                      {line.target}
                    </span>
                  ) : null}
                </td>
                <td className="px-3 py-2">
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
