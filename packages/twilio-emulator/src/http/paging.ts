import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest } from "../errors";
import type { EmulatorRequest } from "./request";

const PAGING_KEYS = new Set(["PageSize", "Page", "PageToken"]);

interface Window {
  page: number;
  pageSize: number;
  start: number;
}

function window<T extends { sid: string }>(req: EmulatorRequest, rows: T[]): Window {
  const rawSize = req.query.get("PageSize");
  const pageSize = rawSize === null ? EMULATOR_DEFAULTS.paging.defaultPageSize : Number(rawSize);
  if (
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > EMULATOR_DEFAULTS.paging.maxPageSize
  ) {
    throw badRequest(
      20001,
      `Invalid PageSize: must be between 1 and ${EMULATOR_DEFAULTS.paging.maxPageSize}`,
    );
  }
  const rawPage = req.query.get("Page");
  const page = rawPage === null ? 0 : Number(rawPage);
  if (!Number.isInteger(page) || page < 0) throw badRequest(20001, "Invalid Page");
  let start = page * pageSize;
  // PageToken ("PA" + last SID of the previous page) is a cursor: stable under inserts.
  const token = req.query.get("PageToken");
  if (token?.startsWith("PA")) {
    const index = rows.findIndex((r) => r.sid === token.slice(2));
    if (index >= 0) start = index + 1;
  }
  return { page, pageSize, start };
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
  token?: string,
) {
  const q = new URLSearchParams(filters);
  q.set("PageSize", String(pageSize));
  q.set("Page", String(page));
  if (token) q.set("PageToken", token);
  return `${base}?${q.toString()}`;
}

/** numbers.twilio.com list envelope: `{ [key]: rows, meta: { page, page_size, ...urls, key } }`. */
export function numbersPage<T extends { sid: string }, O>(
  req: EmulatorRequest,
  rows: T[],
  key: string,
  absoluteBase: string,
  render: (row: T) => O,
) {
  const { page, pageSize, start } = window(req, rows);
  const slice = rows.slice(start, start + pageSize);
  const filters = filterQuery(req);
  const last = slice[slice.length - 1];
  const hasNext = start + pageSize < rows.length && last !== undefined;
  return {
    [key]: slice.map(render),
    meta: {
      page,
      page_size: pageSize,
      first_page_url: pageUrl(absoluteBase, filters, pageSize, 0),
      previous_page_url: page > 0 ? pageUrl(absoluteBase, filters, pageSize, page - 1) : null,
      url: pageUrl(absoluteBase, filters, pageSize, page),
      next_page_url: hasNext
        ? pageUrl(absoluteBase, filters, pageSize, page + 1, `PA${last.sid}`)
        : null,
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
  const { page, pageSize, start } = window(req, rows);
  const slice = rows.slice(start, start + pageSize);
  const filters = filterQuery(req);
  const last = slice[slice.length - 1];
  const hasNext = start + pageSize < rows.length && last !== undefined;
  return {
    [key]: slice.map(render),
    end: start + Math.max(slice.length - 1, 0),
    first_page_uri: pageUrl(relativeBase, filters, pageSize, 0),
    next_page_uri: hasNext
      ? pageUrl(relativeBase, filters, pageSize, page + 1, `PA${last.sid}`)
      : null,
    page,
    page_size: pageSize,
    previous_page_uri: page > 0 ? pageUrl(relativeBase, filters, pageSize, page - 1) : null,
    start,
    uri: pageUrl(relativeBase, filters, pageSize, page),
  };
}
