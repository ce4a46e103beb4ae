import Link from "next/link";
import { useTranslations } from "next-intl";
import { summaryText, type WorklistSummary } from "@/lib/worklist/summary";

/**
 * The line above the worklist: how many Bundles need action and how soon. Counted from the first
 * page of Twilio's lists only; the text says "more than" rather than guessing a total.
 */
export function WorklistSummaryLine({
  summary,
  now,
  showLink,
}: {
  summary: WorklistSummary;
  now: Date;
  /** Offer the needs-action view (not when it is already shown). */
  showLink: boolean;
}) {
  const t = useTranslations("Worklist");
  const urgent = summary.overdue > 0;
  return (
    <section
      aria-label={t("summary.label")}
      className={`mb-4 flex flex-wrap items-baseline gap-x-3 gap-y-1 rounded-lg border px-4 py-3 ${
        urgent
          ? "border-red-300 bg-red-50 text-red-950"
          : "border-slate-300 bg-white text-slate-900"
      }`}
    >
      <strong className="font-semibold">{summaryText(summary, now, t)}</strong>
      {showLink && summary.count > 0 ? (
        <Link
          href="/bundles?needs=action"
          className="text-sm font-medium text-blue-800 underline underline-offset-2"
        >
          {t("summary.showOnly")}
        </Link>
      ) : null}
    </section>
  );
}
