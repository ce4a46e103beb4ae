import "server-only";
import type { UpdateRequestRow } from "@/lib/db/schema";
import {
  GatewayError,
  fetchBundle,
  fetchBundleItems,
  listBundleCopies,
  listItemAssignments,
} from "@/lib/twilio";
import type { Bundle } from "@/lib/domain/types";
import type { TwilioView } from "@/lib/workflow";
import type { KeptCopy } from "./kept";
import { fetchOriginal } from "./original-reads";

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
  copy: KeptCopy | null;
  view: TwilioView;
}

/**
 * A copy not yet recorded by this request: one made just before a crash, or one left by an
 * earlier attempt (another tool, a lost database). The newest is adopted rather than a second
 * copy made: Twilio allows several, the portal never makes more than one.
 */
export async function unrecordedCopy(subaccountSid: string, originalSid: string) {
  const copies = await listBundleCopies(subaccountSid, originalSid);
  const newest = (b: Bundle) => b.dateCreated?.getTime() ?? 0;
  return [...copies].sort((a, b) => newest(b) - newest(a))[0] ?? null;
}

/** Copy statuses in which the portal needs the copy's items (to edit them, or to replace). */
const ITEMS_NEEDED = new Set(["draft", "twilio-rejected", "twilio-approved"]);

const noItems = { assignments: [], endUsers: [], supportingDocuments: [] };

/** The copy, with its items only when they matter: under review they cannot change. */
async function readCopy(subaccountSid: string, copySid: string): Promise<KeptCopy | null> {
  const bundle = await orNull(fetchBundle(subaccountSid, copySid));
  if (!bundle) return null;
  if (!ITEMS_NEEDED.has(bundle.status)) return { bundle, ...noItems, itemsRead: false };
  if (bundle.status === "twilio-approved") {
    // Approved: only whether items remain matters (ReplaceItems from an empty copy is refused).
    const assignments = await orNull(listItemAssignments(subaccountSid, bundle.sid));
    return assignments && { bundle, ...noItems, assignments, itemsRead: true };
  }
  const items = await orNull(fetchBundleItems(subaccountSid, bundle));
  return items && { ...items, itemsRead: true };
}

/** What Twilio says now about a request's original and copy, shaped for reconcile(). */
export async function readTwilio(
  subaccountSid: string,
  row: UpdateRequestRow,
  known: { original?: Bundle } = {},
): Promise<TwilioSnapshot> {
  const copySid =
    row.copySid ??
    (row.phase === "starting" ? (await unrecordedCopy(subaccountSid, row.originalSid))?.sid : null);
  const [original, copy] = await Promise.all([
    known.original ?? orNull(fetchOriginal(subaccountSid, row.originalSid)),
    copySid ? readCopy(subaccountSid, copySid) : Promise.resolve(null),
  ]);
  return toSnapshot(original, copy);
}

/** A snapshot from what is known of the original and the copy (also after our own writes). */
export function toSnapshot(original: Bundle | null, copy: KeptCopy | null): TwilioSnapshot {
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
