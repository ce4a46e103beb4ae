import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest } from "../errors";
import { RawJson } from "./context";
import type { EmulatorRequest } from "./request";

const PAGING_KEYS = new Set(["PageSize", "Page", "PageToken"]);

interface Window {
  page: number;
  pageSize: number;
  start: number;
  token: string | null;
}

/**
 * Where a page starts. `Page` is "simply for client state" (the spec): it is echoed, never used
 * as an offset. Only `PageToken` moves: `PA<sid>` starts after that row, `PB<sid>` is the page
 * before it. A token that names no row of this list (garbage, or a row since deleted or no longer
 * matching) is 21481; Page>0 without a token is 20001 (defaults: pageWithoutToken, invalidPageToken).
 */
function window<T extends { sid: string }>(req: EmulatorRequest, rows: T[]): Window {
  const { defaultPageSize, maxPageSize } = EMULATOR_DEFAULTS.paging;
  const rawSize = req.query.get("PageSize");
  const pageSize = rawSize === null ? defaultPageSize : Number(rawSize);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    throw badRequest(20001, `Invalid PageSize: must be between 1 and ${maxPageSize}`);
  }
  const rawPage = req.query.get("Page");
  const page = rawPage === null ? 0 : Number(rawPage);
  if (!Number.isInteger(page) || page < 0) throw badRequest(20001, "Invalid Page");
  const token = req.query.get("PageToken");
  if (token === null || token === "") {
    if (page > 0) {
      const { status, code, message } = EMULATOR_DEFAULTS.pageWithoutToken;
      throw badRequest(code, message, status);
    }
    return { page, pageSize, start: 0, token: null };
  }
  const kind = token.slice(0, 2);
  const index = kind === "PA" || kind === "PB" ? indexOf(rows, token.slice(2)) : -1;
  if (index < 0) {
    const { status, code, message } = EMULATOR_DEFAULTS.invalidPageToken;
    throw badRequest(code, message, status);
  }
  const start = kind === "PA" ? index + 1 : Math.max(0, index - pageSize);
  return { page, pageSize, start, token };
}

/** Row positions by SID, built once per list array (lists are cached until their data changes). */
const positions = new WeakMap<object, Map<string, number>>();

function indexOf<T extends { sid: string }>(rows: T[], sid: string): number {
  let map = positions.get(rows);
  if (!map) {
    map = new Map(rows.map((r, i) => [r.sid, i]));
    positions.set(rows, map);
  }
  return map.get(sid) ?? -1;
}

/** The request's filters (not paging) in their original order, for echoing in page URLs. */
function filterQuery(req: EmulatorRequest): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of req.query) if (!PAGING_KEYS.has(k)) out.append(k, v);
  return out;
}

function pageUrl(
  base: string,
  filters: URLSearchParams,
  pageSize: number,
  page: number,
  token?: string | null,
) {
  const q = new URLSearchParams(filters);
  q.set("PageSize", String(pageSize));
  q.set("Page", String(page));
  if (token) q.set("PageToken", token);
  return `${base}?${q.toString()}`;
}

interface Slice<T> {
  page: number;
  pageSize: number;
  start: number;
  slice: T[];
  filters: URLSearchParams;
  self: string | null;
  next: string | null;
  previous: string | null;
}

function cut<T extends { sid: string }>(req: EmulatorRequest, rows: T[]): Slice<T> {
  const { page, pageSize, start, token } = window(req, rows);
  const slice = rows.slice(start, start + pageSize);
  const first = slice[0];
  const last = slice[slice.length - 1];
  return {
    page,
    pageSize,
    start,
    slice,
    filters: filterQuery(req),
    self: token,
    next: start + pageSize < rows.length && last ? `PA${last.sid}` : null,
    previous: start > 0 && first ? `PB${first.sid}` : null,
  };
}

/** numbers.twilio.com list envelope: `{ [key]: rows, meta: { page, page_size, ...urls, key } }`. */
export function numbersPage<T extends { sid: string }, O>(
  req: EmulatorRequest,
  rows: T[],
  key: string,
  absoluteBase: string,
  render: (row: T) => O,
) {
  const { slice, meta } = numbersWindow(req, rows, key, absoluteBase);
  return { [key]: slice.map(render), meta };
}

/** The same envelope as JSON text, from rows already rendered as JSON text. */
export function numbersPageText<T extends { sid: string }>(
  req: EmulatorRequest,
  rows: T[],
  key: string,
  absoluteBase: string,
  renderText: (row: T) => string,
): RawJson {
  const { slice, meta } = numbersWindow(req, rows, key, absoluteBase);
  return new RawJson(
    `{${JSON.stringify(key)}:[${slice.map(renderText).join(",")}],"meta":${JSON.stringify(meta)}}`,
  );
}

function numbersWindow<T extends { sid: string }>(
  req: EmulatorRequest,
  rows: T[],
  key: string,
  absoluteBase: string,
) {
  const { page, pageSize, slice, filters, self, next, previous } = cut(req, rows);
  return {
    slice,
    meta: {
      page,
      page_size: pageSize,
      first_page_url: pageUrl(absoluteBase, filters, pageSize, 0),
      previous_page_url: previous
        ? pageUrl(absoluteBase, filters, pageSize, Math.max(page - 1, 0), previous)
        : null,
      url: pageUrl(absoluteBase, filters, pageSize, page, self),
      next_page_url: next ? pageUrl(absoluteBase, filters, pageSize, page + 1, next) : null,
      key,
    },
  };
}

/** api.twilio.com (2010-04-01) list envelope with relative URIs. */
export function v2010Page<T extends { sid: string }, O>(
  req: EmulatorRequest,
  rows: T[],
  key: string,
  relativeBase: string,
  render: (row: T) => O,
) {
  const { page, pageSize, start, slice, filters, self, next, previous } = cut(req, rows);
  return {
    [key]: slice.map(render),
    end: start + Math.max(slice.length - 1, 0),
    first_page_uri: pageUrl(relativeBase, filters, pageSize, 0),
    next_page_uri: next ? pageUrl(relativeBase, filters, pageSize, page + 1, next) : null,
    page,
    page_size: pageSize,
    previous_page_uri: previous
      ? pageUrl(relativeBase, filters, pageSize, Math.max(page - 1, 0), previous)
      : null,
    start,
    uri: pageUrl(relativeBase, filters, pageSize, page, self),
  };
}
