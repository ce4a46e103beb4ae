import { useLocale, useTranslations } from "next-intl";
import type { TimelineEntry } from "@/lib/dal/update-requests";

/** "23. Nov. 2026, 10:00": the moment as the viewer's language writes it, always in UTC. */
function atIn(locale: string, iso: string): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    dateStyle: "medium",
    timeStyle: "short",
    timeZone: "UTC",
  }).format(new Date(iso));
}

/** The update's history, newest first. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const t = useTranslations("Timeline");
  const locale = useLocale();
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="timeline-title" className="mt-10">
      <h2 id="timeline-title" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <ol className="mt-3 space-y-2 border-l-2 border-slate-300 pl-4">
        {[...entries].reverse().map((e) => (
          <li key={e.id}>
            <p className="font-medium">{e.title}</p>
            <p className="text-sm text-slate-700">
              <time dateTime={e.at}>{t("at", { time: atIn(locale, e.at) })}</time> · {e.by}
              {e.detail ? (
                <>
                  {" "}
                  · <span {...(e.detailFromTwilio ? { lang: "en" } : {})}>{e.detail}</span>
                </>
              ) : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
