import { describeDeadline } from "./deadline";

const TONE: Record<string, string> = {
  none: "text-slate-700",
  ok: "text-slate-900",
  soon: "font-semibold text-amber-900",
  overdue: "font-semibold text-red-800",
};

/** A Bundle's deadline: the words carry the meaning; colour and the icon only reinforce it. */
export function DeadlineText({ validUntil, now }: { validUntil: Date | null; now?: Date }) {
  const view = describeDeadline(validUntil, now);
  return (
    <span className={TONE[view.tone]}>
      {view.tone === "overdue" ? (
        <span aria-hidden="true" className="mr-1">
          ⚠
        </span>
      ) : null}
      {view.label}
      {view.date && view.iso ? (
        <>
          <br />
          <time dateTime={view.iso} className="text-sm font-normal text-slate-700">
            {view.date}
          </time>
        </>
      ) : null}
    </span>
  );
}
