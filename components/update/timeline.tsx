import type { TimelineEntry } from "@/lib/dal/update-requests";
import { formatUtc } from "@/lib/format/utc";

/** The update's history, newest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline-title" className="mt-10">
      <h2 id="timeline-title" className="text-xl font-semibold">
        History of this update
      </h2>
      <ol className="mt-3 space-y-2 border-l-2 border-slate-300 pl-4">
        {[...entries].reverse().map((e) => (
          <li key={e.id}>
            <p className="font-medium">{e.title}</p>
            <p className="text-sm text-slate-700">
              <time dateTime={e.at}>{formatUtc(new Date(e.at))}</time> · {e.by}
              {e.detail ? <> · {e.detail}</> : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
