import { parseDateParam } from "../dates";
import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest, invalidParam } from "../errors";
import type { Params } from "../http/params";
import type { Bundle, Regulation } from "../types";

const STATUSES = new Set([
  "draft",
  "pending-review",
  "in-review",
  "twilio-rejected",
  "twilio-approved",
  "provisionally-approved",
]);
const BUNDLE_SIDS = /^BU[0-9a-fA-F]{32}(,BU[0-9a-fA-F]{32}){0,19}$/;

function dateFilter(q: Params, name: string): number | undefined {
  const raw = q.str(name);
  if (raw === undefined) return undefined;
  const ms = parseDateParam(raw);
  if (ms === null) throw invalidParam(name, raw);
  return ms;
}

/** Builds the ListBundle predicate from Twilio's filters (twilio-domain.md §14.5). */
export function bundlePredicate(q: Params, regulationOf: (sid: string) => Regulation | undefined) {
  const status = q.str("Status");
  if (status !== undefined && !STATUSES.has(status))
    throw badRequest(22203, "Unable to parse bundle status");
  const sidsRaw = q.str("BundleSids");
  if (sidsRaw !== undefined && !BUNDLE_SIDS.test(sidsRaw))
    throw invalidParam("BundleSids", sidsRaw);
  const sids = sidsRaw ? new Set(sidsRaw.split(",")) : null;
  const friendlyName = q.str("FriendlyName");
  const regulationSid = q.str("RegulationSid");
  const isoCountry = q.str("IsoCountry")?.toUpperCase();
  const rawType = q.str("NumberType")?.toLowerCase();
  const numberType = rawType
    ? (EMULATOR_DEFAULTS.numberTypeAliases.value[rawType] ?? rawType)
    : undefined;
  const endUserType = q.str("EndUserType");
  const hasValidUntil = q.bool("HasValidUntilDate");
  const exact = dateFilter(q, "ValidUntilDate");
  const onOrBefore = dateFilter(q, "ValidUntilDate<");
  const onOrAfter = dateFilter(q, "ValidUntilDate>");
  const needsRegulation =
    isoCountry !== undefined || numberType !== undefined || endUserType !== undefined;

  return (b: Bundle): boolean => {
    if (status !== undefined && b.status !== status) return false;
    if (sids && !sids.has(b.sid)) return false;
    if (friendlyName !== undefined && b.friendly_name !== friendlyName) return false;
    if (regulationSid !== undefined && b.regulation_sid !== regulationSid) return false;
    if (hasValidUntil !== undefined && (b.valid_until !== null) !== hasValidUntil) return false;
    if (exact !== undefined && b.valid_until !== exact) return false;
    if (onOrBefore !== undefined && (b.valid_until === null || b.valid_until > onOrBefore))
      return false;
    if (onOrAfter !== undefined && (b.valid_until === null || b.valid_until < onOrAfter))
      return false;
    if (needsRegulation) {
      const r = regulationOf(b.regulation_sid);
      if (!r) return false;
      if (isoCountry !== undefined && r.iso_country !== isoCountry) return false;
      if (numberType !== undefined && r.number_type !== numberType) return false;
      if (endUserType !== undefined && r.end_user_type !== endUserType) return false;
    }
    return true;
  };
}

/** SortBy valid-until | date-updated (default date-created), SortDirection ASC | DESC (default DESC). */
export function bundleComparator(q: Params): {
  key: string;
  compare: (a: Bundle, b: Bundle) => number;
} {
  const sortBy = q.str("SortBy");
  if (sortBy !== undefined && sortBy !== "valid-until" && sortBy !== "date-updated")
    throw invalidParam("SortBy", sortBy);
  const dirRaw = q.str("SortDirection")?.toUpperCase() ?? "DESC";
  if (dirRaw !== "ASC" && dirRaw !== "DESC") throw invalidParam("SortDirection", dirRaw);
  const dir = dirRaw === "ASC" ? 1 : -1;
  const field =
    sortBy === "valid-until"
      ? "valid_until"
      : sortBy === "date-updated"
        ? "date_updated"
        : "date_created";
  return {
    key: `${field}:${dirRaw}`,
    compare: (a, b) => {
      const x = a[field];
      const y = b[field];
      if (x === y) return a.sid < b.sid ? -dir : a.sid > b.sid ? dir : 0;
      // Bundles without the field sort last in either direction.
      if (x === null) return 1;
      if (y === null) return -1;
      return (x - y) * dir;
    },
  };
}
