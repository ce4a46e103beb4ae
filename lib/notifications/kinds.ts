/**
 * The notices the portal sends, as data: which category a contact opts into for each, and what
 * each stores to be rendered at send time (paths of the portal, not URLs: the base URL and the
 * signed links are added when the mail is built).
 */
import type { NoticeCategory } from "@/lib/db/schema";

export const NOTICE_KINDS = [
  "confirm_contact",
  "new_deadline",
  "reminder",
  "digest",
  "rejected",
  "up_to_date",
  "support_access_started",
  "support_access_ended",
] as const;
export type NoticeKindName = (typeof NOTICE_KINDS)[number];

/** null: sent regardless of categories (the confirmation itself). */
export const NOTICE_CATEGORY: Record<NoticeKindName, NoticeCategory | null> = {
  confirm_contact: null,
  new_deadline: "deadlines",
  reminder: "deadlines",
  digest: "deadlines",
  rejected: "reviews",
  up_to_date: "reviews",
  support_access_started: "support",
  support_access_ended: "support",
};

export const NOTICE_LABEL: Record<NoticeKindName, string> = {
  confirm_contact: "Address confirmation",
  new_deadline: "New deadline",
  reminder: "Reminder",
  digest: "Daily digest",
  rejected: "Not approved",
  up_to_date: "Up to date",
  support_access_started: "Support access started",
  support_access_ended: "Support access ended",
};

export interface BundlePayload {
  sid: string;
  name: string;
  validUntil: string | null;
  /** Where the bundle's link leads (e.g. /bundles/BU…/update). */
  path: string;
}

export type NoticePayload =
  | { kind: "confirm_contact"; addedBy: string | null; addedBySupport?: boolean }
  | { kind: "new_deadline"; bundle: BundlePayload & { validUntil: string } }
  | { kind: "reminder"; bundle: BundlePayload & { validUntil: string }; threshold: number }
  | { kind: "digest"; bundles: Array<BundlePayload & { validUntil: string }> }
  | { kind: "rejected"; bundle: BundlePayload; reasons: string[] }
  | { kind: "up_to_date"; bundle: BundlePayload }
  | {
      kind: "support_access_started";
      staffName: string;
      reason: string;
      /** Absent in notices queued before it was stored apart (then `reason` names it). */
      ticket?: string | null;
      startedAt: string;
    }
  | {
      kind: "support_access_ended";
      staffName: string;
      startedAt: string;
      endedAt: string;
      actions: string[];
    };

/** Whether a contact with these settings gets this kind of notice. */
export function wants(
  contact: { confirmedAt: Date | null; unsubscribedAt: Date | null; categories: NoticeCategory[] },
  kind: NoticeKindName,
): boolean {
  if (kind === "confirm_contact") return contact.confirmedAt === null && !contact.unsubscribedAt;
  const category = NOTICE_CATEGORY[kind];
  return (
    contact.confirmedAt !== null &&
    contact.unsubscribedAt === null &&
    category !== null &&
    contact.categories.includes(category)
  );
}

export const updatePath = (sid: string) => `/bundles/${sid}/update`;
export const bundlePath = (sid: string) => `/bundles/${sid}`;
