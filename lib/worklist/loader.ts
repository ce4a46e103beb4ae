/**
 * Assembles one worklist page: Twilio pages and filters the Bundles (server side), then each row
 * gets its Regulation, phone-number count and open update request. Dependencies are passed in, so
 * the page (worklist.ts, which authorizes), unit tests and the benchmark run this same code.
 */
import { GatewayError } from "@/lib/twilio/errors";
import type { ListBundlesQuery } from "@/lib/twilio/list-bundles";
import type { Bundle, Paged } from "@/lib/domain/types";
import type { OpenUpdateRequest, OpenUpdateRequests } from "./open-requests";
import type { LookupGateway, RegulationSummary, WorklistLookups } from "./lookups";
import { createWorklistLookups } from "./lookups";
import { cursorMatches, toListQuery, type WorklistParams } from "./params";
import { needsUpdate } from "@/lib/workflow/guards";
import { isWaitingOnTwilio } from "./labels";
import { summarize, type NeedsActionSample, type WorklistSummary } from "./summary";

export const WORKLIST_PAGE_SIZE = 20;

export interface WorklistGateway extends LookupGateway {
  listBundles(accountSid: string, query: ListBundlesQuery): Promise<Paged<Bundle>>;
}

/** Who the page is for; the caller has authorized it (ctx.account). */
export interface WorklistScope {
  accountId: string;
  subaccountSid: string;
}

export interface WorklistRow {
  bundle: Bundle;
  regulation: RegulationSummary | null;
  /** null when the numbers could not be listed. */
  phoneNumbers: number | null;
  progress: OpenUpdateRequest | null;
  /** Twilio allows a copy only of an approved Bundle with a deadline (22223). */
  canStartUpdate: boolean;
}

export type WorklistResult =
  | { kind: "bad_cursor" }
  | {
      kind: "page";
      rows: WorklistRow[];
      /** needs=action, first page: rejected Bundles without a deadline (Twilio can't OR filters). */
      rejected: WorklistRow[];
      moreRejected: boolean;
      page: number;
      nextCursor: string | null;
      previousCursor: string | null;
      summary: WorklistSummary;
      /** ISO codes with a Regulation, for the country filter (empty when unavailable). */
      countries: string[];
      phoneNumbers: "ok" | "capped" | "unavailable";
    };

export interface WorklistDeps {
  gateway: WorklistGateway;
  /** The scope's open update requests touching `sids`, or with null all of them (capped). */
  openRequests(scope: WorklistScope, sids: string[] | null): Promise<OpenUpdateRequests>;
  /**
   * The account's needs-action Bundles from the Bundle index, or null when it was never swept:
   * the summary then costs no Twilio call on views that do not list them anyway.
   */
  indexedSample?(scope: WorklistScope): Promise<NeedsActionSample | null>;
  now?: () => Date;
}

const firstPage = (q: ListBundlesQuery): ListBundlesQuery => ({
  ...q,
  pageSize: WORKLIST_PAGE_SIZE,
});
const DEADLINES: ListBundlesQuery = firstPage({
  hasValidUntilDate: true,
  sortBy: "valid-until",
  sortDirection: "ASC",
});
const rejectedQuery = (country: string | null): ListBundlesQuery =>
  firstPage({
    status: "twilio-rejected",
    hasValidUntilDate: false,
    sortBy: "date-updated",
    sortDirection: "DESC",
    ...(country ? { isoCountry: country } : {}),
  });

/** The account-wide needs-action view this page already is, when it is one (saves two calls). */
const isPlainNeedsView = (p: WorklistParams) =>
  p.needs === "action" && !p.status && !p.country && p.sort === "deadline-asc" && !p.cursor;

export function createWorklistLoader(deps: WorklistDeps) {
  const lookups: WorklistLookups = createWorklistLookups(deps.gateway);
  const now = deps.now ?? (() => new Date());

  async function load(scope: WorklistScope, params: WorklistParams): Promise<WorklistResult> {
    const sub = scope.subaccountSid;
    const query = toListQuery(params);
    if (params.badCursor || (params.cursor && !cursorMatches(params.cursor, query)))
      return { kind: "bad_cursor" };
    const list = (q: ListBundlesQuery) => deps.gateway.listBundles(sub, q);

    const wantsRejected =
      params.needs === "action" &&
      !params.cursor &&
      (!params.status || params.status === "twilio-rejected");
    const reuse = isPlainNeedsView(params);
    const mainP = list(params.cursor ? { cursor: params.cursor } : firstPage(query));
    const rejectedP = wantsRejected ? list(rejectedQuery(params.country)) : null;
    const fromTwilio = () =>
      Promise.all([list(DEADLINES), list(rejectedQuery(null))]).then(([d, r]) => sample(d, r));
    // The plain needs-action view lists them itself (live, no extra call); other views take the
    // index when it has the account, else ask Twilio.
    const sampleP: Promise<NeedsActionSample> = reuse
      ? Promise.all([mainP, rejectedP!]).then(([d, r]) => sample(d, r))
      : deps.indexedSample
        ? deps.indexedSample(scope).then((indexed) => indexed ?? fromTwilio())
        : fromTwilio();
    const numbersP = lookups.phoneNumberCounts(sub).catch((error: unknown) => {
      console.warn("[worklist] phone numbers unavailable", error);
      return null;
    });
    const countriesP = lookups
      .regulationCatalogue(sub)
      .then((all) => [...new Set([...all.values()].map((r) => r.isoCountry))].sort())
      .catch(() => [] as string[]);

    // The account's open update requests are read alongside the Twilio calls, not after them.
    const allOpenP = deps.openRequests(scope, null);
    // Awaited only once the lists are in; if a list fails first, don't leave this unhandled.
    allOpenP.catch(() => undefined);
    const rowsP = Promise.all([mainP, rejectedP]).then(async ([main, rejected]) => {
      const bundles = [...main.items, ...(rejected?.items ?? [])];
      const [regulations, open] = await Promise.all([
        lookups.regulations(
          sub,
          bundles.map((b) => b.regulationSid),
        ),
        // Too many open requests to read them all: ask for this page's Bundles only.
        allOpenP.then((all) =>
          all.complete
            ? all
            : deps.openRequests(
                scope,
                bundles.map((b) => b.sid),
              ),
        ),
      ]);
      return { main, rejected, regulations, open };
    });

    let settled;
    try {
      settled = await Promise.all([rowsP, numbersP, sampleP, countriesP]);
    } catch (error) {
      // A cursor Twilio no longer accepts (expired, or from another list) is the same answer.
      if (error instanceof GatewayError && error.code === "invalid_request:cursor")
        return { kind: "bad_cursor" };
      throw error;
    }
    const [{ main, rejected, regulations, open }, numbers, summarySample, countries] = settled;

    const toRow = (bundle: Bundle): WorklistRow => {
      const progress = open.byOriginal.get(bundle.sid) ?? null;
      return {
        bundle,
        regulation: (bundle.regulationSid && regulations.get(bundle.regulationSid)) || null,
        phoneNumbers: numbers ? (numbers.byBundle.get(bundle.sid) ?? 0) : null,
        progress,
        canStartUpdate: progress === null && needsUpdate(bundle),
      };
    };

    // A working copy is part of its original's update (shown as that row's progress), not a row.
    const ownRow = (b: Bundle) => !open.copies.has(b.sid);
    return {
      kind: "page",
      rows: main.items.filter(ownRow).map(toRow),
      rejected: (rejected?.items ?? []).filter(ownRow).map(toRow),
      moreRejected: Boolean(rejected?.nextPageUrl),
      page: main.page,
      nextCursor: main.nextPageUrl,
      previousCursor: main.previousPageUrl,
      // A working copy inherits its original's deadline; it is part of that update, not a new task.
      summary: needsCustomer(summarySample, open, now()),
      countries,
      phoneNumbers: !numbers ? "unavailable" : numbers.capped ? "capped" : "ok",
    };
  }

  return { load, lookups };
}

/**
 * The summary counts what needs the customer: not working copies (part of their original's
 * update), and not originals whose update is with Twilio — those are counted apart as waiting.
 */
function needsCustomer(sample: NeedsActionSample, open: OpenUpdateRequests, now: Date) {
  const waitingOn = (b: Bundle) => {
    const progress = open.byOriginal.get(b.sid);
    return !!progress && isWaitingOnTwilio(progress.phase);
  };
  const keep = (b: Bundle) => !open.copies.has(b.sid) && !waitingOn(b);
  const waiting = [...sample.deadlines, ...sample.rejected].filter(
    (b) => !open.copies.has(b.sid) && waitingOn(b),
  ).length;
  return summarize(
    { ...sample, deadlines: sample.deadlines.filter(keep), rejected: sample.rejected.filter(keep) },
    now,
    waiting,
  );
}

function sample(deadlines: Paged<Bundle>, rejected: Paged<Bundle>): NeedsActionSample {
  return {
    deadlines: deadlines.items,
    moreDeadlines: Boolean(deadlines.nextPageUrl),
    rejected: rejected.items,
    moreRejected: Boolean(rejected.nextPageUrl),
  };
}
