import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { BundleTable, type RowGroup } from "@/components/bundles/bundle-table";
import { Pagination } from "@/components/bundles/pagination";
import { statusLabel } from "@/components/bundles/status-badge";
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

export const metadata: Metadata = { title: "Bundles" };
export const dynamic = "force-dynamic";

const linkClass = "font-medium text-blue-800 underline underline-offset-2";

export default async function BundlesPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const ctx = await requireAccount();
  const params = parseWorklistParams(await searchParams);
  const now = new Date();
  const heading = (
    <>
      <h1 className="text-2xl font-semibold">Bundles</h1>
      <p className="mt-1 mb-4 text-slate-700">
        Regulatory Bundles of <strong>{ctx.account.name}</strong>. Bundles with a deadline come
        first; update them before the date to keep their phone numbers working.
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
        <Notice title="Bundles could not be loaded">{error.userMessage}</Notice>,
      );
    throw error;
  }
  if (result.kind === "bad_cursor") return withHeading(heading, <BadCursor params={params} />);

  // An original whose update is with Twilio needs nothing from the customer: listed apart.
  const withTwilio = (r: (typeof result.rows)[number]) =>
    !!r.progress && isWaitingOnTwilio(r.progress.phase);
  const groups: RowGroup[] = [
    { title: "Rejected by Twilio, no deadline", rows: result.rejected },
    { title: "With a deadline", rows: result.rows.filter((r) => !withTwilio(r)) },
    { title: "With Twilio for review: nothing to do", rows: result.rows.filter(withTwilio) },
  ];
  const empty = result.rows.length === 0 && result.rejected.length === 0;
  const pageHref = (cursor: string | null) => worklistHref(params, cursor);
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
        <EmptyState params={params} />
      ) : (
        <>
          {result.phoneNumbers !== "ok" ? (
            <p className="mb-2 text-sm text-slate-700">
              {result.phoneNumbers === "capped"
                ? "Phone number counts include the account's first 20,000 numbers only."
                : "Phone number counts are unavailable right now."}
            </p>
          ) : null}
          <BundleTable groups={groups} caption={captionFor(params)} now={now} />
          {result.moreRejected ? (
            <p className="mt-2 text-sm">
              More rejected Bundles without a deadline:{" "}
              <Link
                href={worklistHref({ ...params, needs: "all", status: "twilio-rejected" })}
                className={linkClass}
              >
                show all rejected Bundles
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

/** The table's caption says which list this is, for screen-reader users. */
function captionFor(params: WorklistParams): string {
  const parts = [
    params.needs === "action" ? "Bundles that need action" : "Bundles of this account",
  ];
  if (params.status) parts.push(`with status ${statusLabel(params.status)}`);
  if (params.country) parts.push(`in ${countryName(params.country)}`);
  const order = {
    "deadline-asc": "soonest deadline first",
    "deadline-desc": "latest deadline first",
    "updated-desc": "recently updated first",
    "created-desc": "newest first",
  }[params.sort];
  return `${parts.join(" ")}, ${order}`;
}

function EmptyState({ params }: { params: WorklistParams }) {
  if (params.cursor) return <BadCursor params={params} />;
  if (params.needs === "action" && !params.status && !params.country)
    return (
      <Notice title="Nothing needs action right now">
        No Bundle has a deadline or was rejected.{" "}
        <Link href={worklistHref({ ...params, needs: "all" })} className={linkClass}>
          Show all Bundles
        </Link>
      </Notice>
    );
  if (isFiltered(params))
    return (
      <Notice title="No Bundles match these filters">
        <Link
          href={worklistHref({ ...DEFAULT_WORKLIST_PARAMS, sort: params.sort })}
          className={linkClass}
        >
          Clear filters
        </Link>{" "}
        to see all Bundles of this account.
      </Notice>
    );
  return (
    <Notice title="No Bundles yet">
      This account has no regulatory Bundles. Nothing needs updating right now.
    </Notice>
  );
}

function BadCursor({ params }: { params: WorklistParams }) {
  return (
    <Notice title="This page link is no longer valid">
      <Link href={worklistHref(params)} className={linkClass}>
        Go to the first page
      </Link>
    </Notice>
  );
}
