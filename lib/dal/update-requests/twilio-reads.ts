import "server-only";
import {
  GatewayError,
  fetchBundle,
  listBundleCopies,
  listItemAssignments,
  type Bundle,
  type BundleWithItems,
} from "@/lib/twilio";
import type { TwilioView } from "@/lib/workflow";
import { cachedItems } from "./item-cache";
import { fetchOriginal } from "./recent-original";
import type { UpdateRequestRow } from "@/lib/db/schema";

/** A read that answers null for Twilio's 404 (a deleted copy is a fact, not an error). */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof GatewayError && error.code.startsWith("not_found:")) return null;
    throw error;
  }
}

export interface TwilioSnapshot {
  original: Bundle | null;
  /** `itemsRead` false: the items were not fetched (the copy is under review). */
  copy: (BundleWithItems & { itemsRead: boolean }) | null;
  view: TwilioView;
}

/**
 * A copy not yet recorded by this request: one made just before a crash, or one left by an
 * earlier attempt (another tool, a lost database). The newest is adopted rather than a second
 * copy made: Twilio allows several, the portal never makes more than one.
 */
async function unrecordedCopy(subaccountSid: string, row: UpdateRequestRow) {
  const copies = await listBundleCopies(subaccountSid, row.originalSid);
  const newest = (b: Bundle) => b.dateCreated?.getTime() ?? 0;
  return [...copies].sort((a, b) => newest(b) - newest(a))[0] ?? null;
}

/** Copy statuses in which the portal needs the copy's items (to edit them, or to replace). */
const ITEMS_NEEDED = new Set(["draft", "twilio-rejected", "twilio-approved"]);

/** The copy, with its items only when they matter: under review they cannot change. */
async function readCopy(subaccountSid: string, copySid: string, version: string) {
  const bundle = await orNull(fetchBundle(subaccountSid, copySid));
  if (!bundle) return null;
  if (!ITEMS_NEEDED.has(bundle.status))
    return { bundle, assignments: [], endUsers: [], supportingDocuments: [], itemsRead: false };
  if (bundle.status === "twilio-approved") {
    // Approved: only whether items remain matters (ReplaceItems from an empty copy is refused).
    const assignments = await orNull(listItemAssignments(subaccountSid, bundle.sid));
    return (
      assignments && { bundle, assignments, endUsers: [], supportingDocuments: [], itemsRead: true }
    );
  }
  const items = await orNull(cachedItems(subaccountSid, bundle, version));
  return items && { ...items, itemsRead: true };
}

/** Changes whenever the portal changes the copy's items (see item-cache.ts). */
export const itemsVersion = (row: UpdateRequestRow) =>
  `${row.itemsChangedAt?.toISOString() ?? ""}|${row.itemsReplacedAt?.toISOString() ?? ""}`;

/** What Twilio says now about a request's original and copy, shaped for reconcile(). */
export async function readTwilio(
  subaccountSid: string,
  row: UpdateRequestRow,
  known: { original?: Bundle } = {},
): Promise<TwilioSnapshot> {
  const copySid =
    row.copySid ??
    (row.phase === "starting" ? (await unrecordedCopy(subaccountSid, row))?.sid : null);
  const [original, copy] = await Promise.all([
    known.original ?? orNull(fetchOriginal(subaccountSid, row.originalSid)),
    copySid ? readCopy(subaccountSid, copySid, itemsVersion(row)) : Promise.resolve(null),
  ]);
  return toSnapshot(original, copy);
}

/** A snapshot from what is known of the original and the copy (also after our own writes). */
export function toSnapshot(original: Bundle | null, copy: TwilioSnapshot["copy"]): TwilioSnapshot {
  const reasons = (copy?.supportingDocuments ?? [])
    .map((d) => d.failureReason)
    .filter((r): r is string => Boolean(r));
  return {
    original,
    copy,
    view: {
      original: original && {
        sid: original.sid,
        status: original.status,
        validUntil: original.validUntil,
      },
      copy: copy && {
        sid: copy.bundle.sid,
        status: copy.bundle.status,
        validUntil: copy.bundle.validUntil,
      },
      ...(copy?.itemsRead ? { copyItemCount: copy.assignments.length } : {}),
      ...(copy?.bundle.status === "twilio-rejected" ? { rejectionReasons: reasons } : {}),
    },
  };
}
