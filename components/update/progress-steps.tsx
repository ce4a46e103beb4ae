import { useTranslations } from "next-intl";
import type { Progress } from "@/lib/workflow";

const MARK = { complete: "✓", current: "●", upcoming: "○", attention: "!" } as const;
const TONE = {
  complete: "border-green-700 bg-green-50 text-green-900",
  current: "border-blue-700 bg-blue-50 text-blue-900",
  upcoming: "border-slate-300 bg-white text-slate-700",
  attention: "border-amber-700 bg-amber-50 text-amber-950",
} as const;
/** The update's steps; the current one is marked for screen readers with aria-current. */
export function ProgressSteps({ progress }: { progress: Progress }) {
  const t = useTranslations("Update.progress");
  const steps = useTranslations("UpdateStatus.steps");
  return (
    <nav aria-label={t("label")}>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-4 lg:grid-cols-7">
        {progress.steps.map((step, i) => (
          <li
            key={step.id}
            aria-current={
              step.status === "current" || step.status === "attention" ? "step" : undefined
            }
            className={`rounded-md border px-3 py-2 text-sm ${TONE[step.status]}`}
          >
            <span aria-hidden="true" className="mr-1 font-bold">
              {MARK[step.status]}
            </span>
            <span className="font-semibold">
              {t("step", { number: i + 1, title: steps(`${step.id}.title`) })}
            </span>
            <span className="sr-only"> ({t(step.status)})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
