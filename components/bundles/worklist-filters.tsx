import Link from "next/link";
import {
  DEFAULT_WORKLIST_PARAMS,
  isFiltered,
  worklistHref,
  type WorklistParams,
  type WorklistSort,
} from "@/lib/worklist/params";
import { BUNDLE_STATUSES } from "@/lib/domain/types";
import { useLocale, useTranslations } from "next-intl";
import { statusKey } from "./status-badge";
import { countryName } from "@/lib/worklist/labels";

/** The sort orders as catalog keys (Worklist.filters.sorts), in the order the menu offers them. */
const SORT_KEYS: Record<
  WorklistSort,
  "deadlineAsc" | "deadlineDesc" | "updatedDesc" | "createdDesc"
> = {
  "deadline-asc": "deadlineAsc",
  "deadline-desc": "deadlineDesc",
  "updated-desc": "updatedDesc",
  "created-desc": "createdDesc",
};

const field = "flex flex-col gap-1 text-sm";
const select = "rounded-md border border-slate-500 bg-white px-2 py-1.5 text-sm text-slate-900";

/**
 * The worklist's filters: a plain GET form, so it works without JavaScript and every view is a
 * URL. Submitting starts again at the first page (the cursor is not a form field).
 */
export function WorklistFilters({
  params,
  countries,
}: {
  params: WorklistParams;
  countries: string[];
}) {
  const t = useTranslations("Worklist.filters");
  const tStatus = useTranslations("Status");
  const locale = useLocale();
  const countryOptions = [...new Set([...countries, ...(params.country ? [params.country] : [])])]
    .map((code) => ({ code, name: countryName(code, locale) }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
  const clearHref = worklistHref({ ...DEFAULT_WORKLIST_PARAMS, sort: params.sort });
  return (
    <form
      // Remount on a new view, so back/forward never shows stale selections.
      key={worklistHref(params)}
      method="get"
      action="/bundles"
      // Browsers restore a form's last selections on Back; the URL, not that memory, is the view.
      autoComplete="off"
      role="search"
      aria-label={t("label")}
      className="mb-4 flex flex-wrap items-end gap-x-4 gap-y-3 rounded-lg border border-slate-300 bg-slate-50 px-4 py-3"
    >
      <div className={field}>
        <label htmlFor="worklist-needs" className="font-medium">
          {t("show")}
        </label>
        <select
          id="worklist-needs"
          autoComplete="off"
          name="needs"
          defaultValue={params.needs}
          className={select}
        >
          <option value="all">{t("all")}</option>
          <option value="action">{t("action")}</option>
        </select>
      </div>
      <div className={field}>
        <label htmlFor="worklist-status" className="font-medium">
          {t("status")}
        </label>
        <select
          id="worklist-status"
          autoComplete="off"
          name="status"
          defaultValue={params.status ?? ""}
          className={select}
        >
          <option value="">{t("anyStatus")}</option>
          {BUNDLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusKey(s) ? tStatus(statusKey(s)!) : s}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="worklist-country" className="font-medium">
          {t("country")}
        </label>
        <select
          id="worklist-country"
          autoComplete="off"
          name="country"
          defaultValue={params.country ?? ""}
          className={select}
        >
          <option value="">{t("anyCountry")}</option>
          {countryOptions.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </select>
      </div>
      <div className={field}>
        <label htmlFor="worklist-sort" className="font-medium">
          {t("sort")}
        </label>
        <select
          id="worklist-sort"
          autoComplete="off"
          name="sort"
          defaultValue={params.sort}
          className={select}
        >
          {Object.entries(SORT_KEYS).map(([value, key]) => (
            <option key={value} value={value}>
              {t(`sorts.${key}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-4">
        <button
          type="submit"
          className="rounded-md border border-blue-800 bg-blue-800 px-4 py-1.5 text-sm font-semibold text-white hover:bg-blue-900"
        >
          {t("apply")}
        </button>
        {isFiltered(params) ? (
          <Link
            href={clearHref}
            className="text-sm font-medium text-blue-800 underline underline-offset-2"
          >
            {t("clear")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
