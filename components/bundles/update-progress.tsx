import Link from "next/link";
import { useTranslations } from "next-intl";
import type { WorklistRow } from "@/lib/worklist/loader";
import { progressLabel, type ProgressTone } from "@/lib/worklist/labels";

const TONE: Record<ProgressTone, string> = {
  action: "text-blue-800",
  waiting: "text-slate-900",
  problem: "font-semibold text-red-800",
};
const linkClass = "underline underline-offset-2 hover:text-blue-950";

/** The worklist's "Update" cell: the open update's step, a way to start one, or the next thing to see. */
export function UpdateProgress({ row }: { row: WorklistRow }) {
  const t = useTranslations("Worklist");
  const steps = useTranslations("UpdateStatus");
  const { bundle } = row;
  const view = row.progress ? progressLabel(row.progress.phase, t, steps) : null;
  if (view) {
    return (
      <>
        <Link
          prefetch={false}
          href={`/bundles/${bundle.sid}/update`}
          className={`${TONE[view.tone]} ${linkClass}`}
        >
          {view.tone === "problem" ? (
            <span aria-hidden="true" className="mr-1">
              ⚠
            </span>
          ) : null}
          {view.label}
          <span className="sr-only">{t("update.ofBundle", { name: bundle.friendlyName })}</span>
        </Link>
        {view.step ? <div className="mt-0.5 text-xs text-slate-700">{view.step}</div> : null}
      </>
    );
  }
  if (row.canStartUpdate) {
    return (
      <Link
        prefetch={false}
        href={`/bundles/${bundle.sid}/update`}
        className={`font-medium text-blue-800 ${linkClass}`}
      >
        {t("update.start")}
        <span className="sr-only">{t("update.startOf", { name: bundle.friendlyName })}</span>
      </Link>
    );
  }
  if (bundle.status === "twilio-rejected") {
    // Twilio copies only approved Bundles, so there is no update to start: point to the reasons.
    return (
      <Link
        prefetch={false}
        href={`/bundles/${bundle.sid}`}
        className={`text-blue-800 ${linkClass}`}
      >
        {t("update.reasons")}
        <span className="sr-only">{t("update.reasonsWhy", { name: bundle.friendlyName })}</span>
      </Link>
    );
  }
  return (
    <span className="text-slate-700">
      <span aria-hidden="true">—</span>
      <span className="sr-only">{t("update.none")}</span>
    </span>
  );
}
