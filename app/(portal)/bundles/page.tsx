import type { Metadata } from "next";
import { errorText } from "@/lib/i18n/error-text";
import type { ReactNode } from "react";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BundleTable, type RowGroup } from "@/components/bundles/bundle-table";
import { Pagination } from "@/components/bundles/pagination";
import { statusKey } from "@/components/bundles/status-badge";
import { countryName } from "@/lib/worklist/labels";
import { WorklistFilters } from "@/components/bundles/worklist-filters";
import { WorklistSummaryLine } from "@/components/bundles/worklist-summary-line";
import { isWaitingOnTwilio } from "@/lib/worklist/labels";
import { Notice } from "@/components/notice";
import { requireAccount } from "@/lib/authz/require";
import { loadWorklist } from "@/lib/dal/worklist";
import {
  DEFAULT_WORKLIST_PARAMS,
  isFiltered,
  parseWorklistParams,
  worklistHref,
  type WorklistParams,
} from "@/lib/worklist/params";
import { GatewayError } from "@/lib/twilio";
import type { Translator } from "@/lib/i18n/translator";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Worklist");
  return { title: t("title") };
}
export const dynamic = "force-dynamic";

const linkClass = "font-medium text-blue-800 underline underline-offset-2";

export default async function BundlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireAccount();
  const params = parseWorklistParams(await searchParams);
  const [t, tStatus, locale] = await Promise.all([
    getTranslations("Worklist"),
    getTranslations("Status"),
    getLocale(),
  ]);
  const now = new Date();
  const heading = (
    <>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-1 mb-4 text-slate-700">
        {t.rich("intro", {
          account: ctx.account.name,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
    </>
  );

  let result;
  try {
    result = await loadWorklist(ctx, params);
  } catch (error) {
    if (error instanceof GatewayError && error.visibility === "user")
      return withHeading(
        heading,
        <Notice title={t("loadFailed")}>{await errorText(error)}</Notice>,
      );
    throw error;
  }
  if (result.kind === "bad_cursor")
    return withHeading(heading, <BadCursor params={params} t={t} />);

  // An original whose update is with Twilio needs nothing from the customer: listed apart.
  const withTwilio = (r: (typeof result.rows)[number]) =>
    !!r.progress && isWaitingOnTwilio(r.progress.phase);
  const groups: RowGroup[] = [
    { id: "rejected", title: t("groups.rejected"), rows: result.rejected },
    {
      id: "deadline",
      title: t("groups.deadline"),
      rows: result.rows.filter((r) => !withTwilio(r)),
    },
    { id: "twilio", title: t("groups.withTwilio"), rows: result.rows.filter(withTwilio) },
  ];
  const empty = result.rows.length === 0 && result.rejected.length === 0;
  const pageHref = (cursor: string | null) => worklistHref(params, cursor);
  const status = (s: string) => {
    const key = statusKey(s);
    return key ? tStatus(key) : s;
  };
  return (
    <>
      {heading}
      <WorklistSummaryLine
        summary={result.summary}
        now={now}
        showLink={params.needs !== "action"}
      />
      <WorklistFilters params={params} countries={result.countries} />
      {empty ? (
        <EmptyState params={params} t={t} />
      ) : (
        <>
          {result.phoneNumbers !== "ok" ? (
            <p className="mb-2 text-sm text-slate-700">
              {result.phoneNumbers === "capped"
                ? t("phoneNumbers.capped")
                : t("phoneNumbers.unavailable")}
            </p>
          ) : null}
          <BundleTable
            groups={groups}
            caption={captionFor(params, t, status, (c) => countryName(c, locale))}
            now={now}
          />
          {result.moreRejected ? (
            <p className="mt-2 text-sm">
              {t("moreRejected")}{" "}
              <Link
                href={worklistHref({ ...params, needs: "all", status: "twilio-rejected" })}
                className={linkClass}
              >
                {t("showAllRejected")}
              </Link>
            </p>
          ) : null}
          <Pagination
            page={result.page}
            // Page 0 needs no cursor: a plain link to the first page.
            previousHref={
              result.previousCursor
                ? pageHref(result.page <= 1 ? null : result.previousCursor)
                : null
            }
            nextHref={result.nextCursor ? pageHref(result.nextCursor) : null}
          />
        </>
      )}
    </>
  );
}

function withHeading(heading: ReactNode, body: ReactNode) {
  return (
    <>
      {heading}
      {body}
    </>
  );
}

const SORT_KEYS = {
  "deadline-asc": "deadlineAsc",
  "deadline-desc": "deadlineDesc",
  "updated-desc": "updatedDesc",
  "created-desc": "createdDesc",
} as const;

/** The table's caption says which list this is, for screen-reader users. */
function captionFor(
  params: WorklistParams,
  t: Translator<"Worklist">,
  status: (s: string) => string,
  country: (code: string) => string,
): string {
  const parts = [params.needs === "action" ? t("caption.action") : t("caption.all")];
  if (params.status) parts.push(t("caption.status", { status: status(params.status) }));
  if (params.country) parts.push(t("caption.country", { country: country(params.country) }));
  return t("caption.order", {
    list: parts.join(" "),
    order: t(`caption.sort.${SORT_KEYS[params.sort]}`),
  });
}

function EmptyState({ params, t }: { params: WorklistParams; t: Translator<"Worklist"> }) {
  if (params.cursor) return <BadCursor params={params} t={t} />;
  if (params.needs === "action" && !params.status && !params.country)
    return (
      <Notice title={t("empty.nothingTitle")}>
        {t("empty.nothingBody")}{" "}
        <Link href={worklistHref({ ...params, needs: "all" })} className={linkClass}>
          {t("empty.showAll")}
        </Link>
      </Notice>
    );
  if (isFiltered(params))
    return (
      <Notice title={t("empty.noMatchTitle")}>
        <Link
          href={worklistHref({ ...DEFAULT_WORKLIST_PARAMS, sort: params.sort })}
          className={linkClass}
        >
          {t("empty.clearFilters")}
        </Link>{" "}
        {t("empty.noMatchBody")}
      </Notice>
    );
  return <Notice title={t("empty.noneTitle")}>{t("empty.noneBody")}</Notice>;
}

function BadCursor({ params, t }: { params: WorklistParams; t: Translator<"Worklist"> }) {
  return (
    <Notice title={t("badCursor.title")}>
      <Link href={worklistHref(params)} className={linkClass}>
        {t("badCursor.firstPage")}
      </Link>
    </Notice>
  );
}
