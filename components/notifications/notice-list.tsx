import { useLocale, useTranslations } from "next-intl";
import type { NoticeLine } from "@/lib/dal/notifications";

const STATUSES = ["queued", "sending", "sent", "failed", "skipped"] as const;
const statusOf = (s: string) => STATUSES.find((known) => known === s) ?? null;

/** The account's time zone; English reads the British way, as the portal always has. */
const when = (d: Date, timeZone: string, locale: string) =>
  new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone,
  }).format(d);

/**
 * What was sent to whom and when, and whether the mail's link was opened. The subject is the
 * mail's own (in the language it was sent in); a sending error is the mail server's, in English.
 */
export function NoticeList({
  notices,
  timeZone,
  empty,
}: {
  notices: NoticeLine[];
  timeZone: string;
  empty: string;
}) {
  const t = useTranslations("NoticeList");
  const locale = useLocale();
  if (notices.length === 0) return <p className="text-slate-700">{empty}</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded-md border border-slate-300">
      {notices.map((n) => {
        const status = statusOf(n.status);
        return (
          <li key={n.id} className="flex flex-col gap-1 p-3 text-sm sm:flex-row sm:gap-4">
            <span className="shrink-0 text-slate-700 sm:w-44">
              {when(n.sentAt ?? n.createdAt, timeZone, locale)}
            </span>
            <span className="min-w-0 flex-1">
              <span className="font-medium">{n.subject ?? n.label}</span>
              <span className="block text-slate-700 [overflow-wrap:anywhere]">
                {t("line", { to: n.to, status: status ? t(`status.${status}`) : n.status })}
                {n.clickedAt ? t("opened", { date: when(n.clickedAt, timeZone, locale) }) : null}
                {n.status === "failed" && n.lastError ? (
                  <>
                    {" · "}
                    <span lang="en">{n.lastError}</span>
                  </>
                ) : null}
              </span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
