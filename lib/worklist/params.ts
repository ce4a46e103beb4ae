/**
 * The worklist's URL search params: the view is the URL (shareable, back button works). Parsing
 * never fails: an unknown or malformed value falls back to its default. Pure, no server-only, so
 * the page, the components and unit tests share it.
 */
import { z } from "zod";
import type { ListBundlesQuery } from "@/lib/twilio/list-bundles";
import { BUNDLE_STATUSES, type BundleStatus } from "@/lib/domain/types";

/** Only orders Twilio can sort by on its side (`SortBy` valid-until | date-updated, default date-created). */
export const WORKLIST_SORTS = [
  "deadline-asc",
  "deadline-desc",
  "updated-desc",
  "created-desc",
] as const;
export type WorklistSort = (typeof WORKLIST_SORTS)[number];

export const WORKLIST_NEEDS = ["all", "action"] as const;
export type WorklistNeeds = (typeof WORKLIST_NEEDS)[number];

export interface WorklistParams {
  /** "action": Bundles with a deadline, plus rejected ones (page 1). Default: everything. */
  needs: WorklistNeeds;
  status: BundleStatus | null;
  /** ISO 3166-1 alpha-2, upper case. */
  country: string | null;
  sort: WorklistSort;
  /** One of Twilio's own page URLs (the gateway checks it again before use). */
  cursor: string | null;
  /** A cursor was given but is not a page URL: the page says so instead of guessing. */
  badCursor: boolean;
}

export const DEFAULT_WORKLIST_PARAMS: WorklistParams = {
  needs: "all",
  status: null,
  country: null,
  sort: "deadline-asc",
  cursor: null,
  badCursor: false,
};

type RawParams = Record<string, string | string[] | undefined>;

/** `?a=1&a=2` arrives as an array: the first value counts, as a browser form would send it. */
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(first, z.enum(values)).optional().catch(undefined);

const schema = z.object({
  needs: oneOf(WORKLIST_NEEDS),
  status: oneOf(BUNDLE_STATUSES),
  country: z
    .preprocess(
      first,
      z
        .string()
        .trim()
        .toUpperCase()
        .regex(/^[A-Z]{2}$/),
    )
    .optional()
    .catch(undefined),
  sort: oneOf(WORKLIST_SORTS),
  cursor: z.preprocess(first, z.string().min(1)).optional().catch(undefined),
});

// A cursor is one of Twilio's https page URLs; anything else is refused here already.
const cursorSchema = z.url({ protocol: /^https$/ }).max(4096);

export function parseWorklistParams(raw: RawParams): WorklistParams {
  const parsed = schema.parse(raw);
  const cursor = parsed.cursor ? cursorSchema.safeParse(parsed.cursor) : null;
  return {
    needs: parsed.needs ?? DEFAULT_WORKLIST_PARAMS.needs,
    status: parsed.status ?? null,
    country: parsed.country ?? null,
    sort: parsed.sort ?? DEFAULT_WORKLIST_PARAMS.sort,
    cursor: cursor?.success ? cursor.data : null,
    badCursor: cursor !== null && !cursor.success,
  };
}

/** True when the list is narrowed by a filter (sorting alone is not a filter). */
export function isFiltered(params: WorklistParams): boolean {
  return params.needs !== "all" || params.status !== null || params.country !== null;
}

/** The worklist URL for these params; defaults are left out so links stay short. */
export function worklistHref(
  params: Pick<WorklistParams, "needs" | "status" | "country" | "sort">,
  cursor?: string | null,
): string {
  const q = new URLSearchParams();
  if (params.needs !== DEFAULT_WORKLIST_PARAMS.needs) q.set("needs", params.needs);
  if (params.status) q.set("status", params.status);
  if (params.country) q.set("country", params.country);
  if (params.sort !== DEFAULT_WORKLIST_PARAMS.sort) q.set("sort", params.sort);
  if (cursor) q.set("cursor", cursor);
  const query = q.toString();
  return query ? `/bundles?${query}` : "/bundles";
}

const SORT_QUERY: Record<WorklistSort, Pick<ListBundlesQuery, "sortBy" | "sortDirection">> = {
  "deadline-asc": { sortBy: "valid-until", sortDirection: "ASC" },
  "deadline-desc": { sortBy: "valid-until", sortDirection: "DESC" },
  "updated-desc": { sortBy: "date-updated", sortDirection: "DESC" },
  "created-desc": { sortDirection: "DESC" },
};

/** The Twilio list query for the main table (filters and order; paging is added by the caller). */
export function toListQuery(params: WorklistParams): ListBundlesQuery {
  return {
    ...SORT_QUERY[params.sort],
    ...(params.needs === "action" ? { hasValidUntilDate: true } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.country ? { isoCountry: params.country } : {}),
  };
}

const CURSOR_FILTERS: Array<[string, (q: ListBundlesQuery) => string | undefined]> = [
  ["Status", (q) => q.status],
  ["IsoCountry", (q) => q.isoCountry],
  [
    "HasValidUntilDate",
    (q) => (q.hasValidUntilDate === undefined ? undefined : String(q.hasValidUntilDate)),
  ],
  ["SortBy", (q) => q.sortBy],
  ["SortDirection", (q) => q.sortDirection],
];

/**
 * Whether a cursor pages the same list the params describe. A cursor carries its own filters (the
 * gateway ignores the rest of the query), so a hand-edited URL could otherwise show one list under
 * another list's filters. Lenient on purpose: only a filter the cursor names with another value
 * (or names when none is expected) counts as a mismatch, never a filter it leaves out.
 */
export function cursorMatches(cursor: string, query: ListBundlesQuery): boolean {
  let search: URLSearchParams;
  try {
    search = new URL(cursor).searchParams;
  } catch {
    return false;
  }
  return CURSOR_FILTERS.every(([name, expected]) => {
    const actual = search.get(name);
    if (actual === null) return true;
    return actual.toLowerCase() === (expected(query) ?? "").toLowerCase();
  });
}
