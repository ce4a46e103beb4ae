/**
 * What a sweep learns from one account's Bundles, as pure functions (unit-tested): the index row
 * for each Bundle, and the domain events between what the index held and what Twilio shows now.
 * Each event has a key, so seeing the same change again (a second sweep, a callback and a
 * sweep) records it once (bundle_events' unique index).
 */
import type { Bundle, BundleStatus } from "@/lib/domain/types";

export interface IndexedBundle {
  sid: string;
  friendlyName: string;
  status: BundleStatus | string;
  regulationSid: string | null;
  isoCountry: string | null;
  validUntil: Date | null;
  phoneNumbers: number;
  needsAction: boolean;
  callbackSet: boolean;
  email: string | null;
}

export type BundleEventKind = "deadline_set" | "status_changed" | "expired" | "gone";

export interface BundleChange {
  sid: string;
  kind: BundleEventKind;
  key: string;
  details: Record<string, unknown>;
}

/** Approved with a deadline, or rejected: the customer has something to do about it. */
export function needsAction(b: { status: string; validUntil: Date | null }): boolean {
  return (
    (b.status === "twilio-approved" && b.validUntil !== null) || b.status === "twilio-rejected"
  );
}

export function indexRowFor(
  bundle: Bundle,
  context: { isoCountry: string | null; phoneNumbers: number; callbackUrl: string },
): IndexedBundle {
  return {
    sid: bundle.sid,
    friendlyName: bundle.friendlyName,
    status: bundle.status,
    regulationSid: bundle.regulationSid,
    isoCountry: context.isoCountry,
    validUntil: bundle.validUntil,
    phoneNumbers: context.phoneNumbers,
    needsAction: needsAction(bundle),
    callbackSet: bundle.statusCallback === context.callbackUrl,
    email: bundle.email,
  };
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The events between one Bundle as indexed (`before`, null when never seen) and as Twilio shows
 * it now (`after`, null when it is gone).
 */
export function changesOf(
  before: Pick<IndexedBundle, "sid" | "status" | "validUntil" | "friendlyName"> | null,
  after: Pick<IndexedBundle, "sid" | "status" | "validUntil" | "friendlyName"> | null,
  now: Date,
): BundleChange[] {
  const sid = (after ?? before)!.sid;
  if (!after) {
    return before
      ? [{ sid, kind: "gone", key: `gone@${day(now)}`, details: { name: before.friendlyName } }]
      : [];
  }
  const changes: BundleChange[] = [];
  const until = after.validUntil;
  const deadlineNew = until && (!before || iso(before.validUntil) !== iso(until));
  if (deadlineNew && after.status === "twilio-approved")
    changes.push({
      sid,
      kind: "deadline_set",
      key: iso(until)!,
      details: { validUntil: iso(until), name: after.friendlyName },
    });
  if (before && before.status !== after.status) {
    const expired =
      before.status === "twilio-approved" &&
      after.status === "twilio-rejected" &&
      (after.validUntil ?? before.validUntil) !== null &&
      (after.validUntil ?? before.validUntil)!.getTime() <= now.getTime();
    changes.push(
      expired
        ? {
            sid,
            kind: "expired",
            key: iso(after.validUntil ?? before.validUntil)!,
            details: {
              validUntil: iso(after.validUntil ?? before.validUntil),
              name: after.friendlyName,
            },
          }
        : {
            sid,
            kind: "status_changed",
            key: `${before.status}->${after.status}@${day(now)}`,
            details: { from: before.status, to: after.status, name: after.friendlyName },
          },
    );
  }
  return changes;
}
