import type { NoticeLine } from "@/lib/dal/notifications";

const STATUS: Record<string, string> = {
  queued: "Waiting to be sent",
  sending: "Sending",
  sent: "Sent",
  failed: "Could not be sent",
  skipped: "Not sent",
};

const when = (d: Date, timeZone: string) =>
  new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(d);

/** What was sent to whom and when, and whether the mail's link was opened. */
export function NoticeList({
  notices,
  timeZone,
  empty,
}: {
  notices: NoticeLine[];
  timeZone: string;
  empty: string;
}) {
  if (notices.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-300">
      {notices.map((n) => (
        <li key={n.id} className="flex flex-col gap-1 p-3 text-sm sm:flex-row sm:gap-4">
          <span className="shrink-0 text-slate-700 sm:w-44">
            {when(n.sentAt ?? n.createdAt, timeZone)}
          </span>
          <span className="min-w-0 flex-1">
            <span className="font-medium">{n.subject ?? n.label}</span>
            <span className="block text-slate-700 [overflow-wrap:anywhere]">
              to {n.to} · {STATUS[n.status] ?? n.status}
              {n.clickedAt ? ` · link opened ${when(n.clickedAt, timeZone)}` : ""}
              {n.status === "failed" && n.lastError ? ` · ${n.lastError}` : ""}
            </span>
          </span>
        </li>
      ))}
    </ul>
  );
}
