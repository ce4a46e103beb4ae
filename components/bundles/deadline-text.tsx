import { useLocale, useTranslations } from "next-intl";
import { describeDeadline } from "./deadline";

const TONE: Record<string, string> = {
  none: "text-slate-700",
  ok: "text-slate-900",
  soon: "font-semibold text-amber-900",
  overdue: "font-semibold text-red-800",
};

/** "20 Nov 2026", "20. Nov. 2026", "2026年11月20日": the date as the customer's language writes it. */
function dateIn(locale: string, date: Date): string {
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** A Bundle's deadline: the words carry the meaning; colour and the icon only reinforce it. */
export function DeadlineText({ validUntil, now }: { validUntil: Date | null; now?: Date }) {
  const t = useTranslations("Deadline");
  const locale = useLocale();
  const view = describeDeadline(validUntil, now);
  return (
    <span className={TONE[view.tone]}>
      {view.tone === "overdue" ? (
        <span aria-hidden="true" className="mr-1">
          ⚠
        </span>
      ) : null}
      {t(view.kind, { days: view.days })}
      {validUntil && view.iso ? (
        <>
          <br />
          <time dateTime={view.iso} className="text-sm font-normal text-slate-700">
            {dateIn(locale, validUntil)}
          </time>
        </>
      ) : null}
    </span>
  );
}
