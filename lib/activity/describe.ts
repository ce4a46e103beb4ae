/**
 * How an audit event reads on the customer's Activity page: who, what, why. Pure, so the wording
 * is unit-tested (describe.test.ts) and the page stays a plain list. Support staff are always
 * named as such: an action taken during an impersonation is never shown as the customer's own.
 */
import { END_REASON_TEXT, type EndReason } from "@/lib/impersonation/rules";
import type { ImpersonationMode, UserRole } from "@/lib/db/schema";

export interface ActivityEvent {
  id: string;
  occurredAt: Date;
  action: string;
  targetSid: string | null;
  details: Record<string, unknown>;
  actor: { id: string; name: string; role: UserRole } | null;
  /**
   * Bundle SID → friendly name, from the portal's own tables (bundle_index) for the Bundles the
   * page's rows mention: what names a row recorded before it carried `details.bundleName`.
   */
  bundleNames?: Readonly<Record<string, string>>;
  /** From the session row, or the copy kept in details when the row is gone. */
  impersonation: {
    staffName: string;
    reason: string;
    ticket: string | null;
    mode: ImpersonationMode;
  } | null;
}

export interface ActivityLine {
  who: string;
  /** True for support staff: the page marks those rows. */
  bySupport: boolean;
  what: string;
  /** The Bundle's friendly name, when the row is about one and its name is known. */
  bundle: string | null;
  why: string | null;
}

const str = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v : null);
const labels = (v: unknown) =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === "string" && x !== "") : [];

/** Reads `details.impersonation` (lib/audit/record.ts) when the session row cannot be joined. */
export function impersonationFromDetails(
  details: Record<string, unknown>,
): ActivityEvent["impersonation"] {
  const imp = details.impersonation as Record<string, unknown> | undefined;
  if (!imp || typeof imp !== "object") return null;
  const staff = imp.staff as Record<string, unknown> | undefined;
  const reason = str(imp.reason);
  const staffName = str(staff?.name);
  if (!reason || !staffName) return null;
  return {
    staffName,
    reason,
    ticket: str(imp.ticket),
    mode: imp.mode === "assist" ? "assist" : "read_only",
  };
}

export function describeActor(event: ActivityEvent): { who: string; bySupport: boolean } {
  if (event.impersonation)
    return { who: `${event.impersonation.staffName} (support staff)`, bySupport: true };
  if (!event.actor && event.details.by === "twilio") return { who: "Twilio", bySupport: false };
  if (!event.actor)
    return {
      // recordSystemAudit marks what the portal did by itself (a sweep, a job, a mail's link).
      who:
        event.details.by === "portal"
          ? event.action.startsWith("notifications.")
            ? "The contact, from an email"
            : "The portal (automatically)"
          : "A user who no longer exists",
      bySupport: false,
    };
  if (event.actor.role !== "customer")
    return { who: `${event.actor.name} (support staff)`, bySupport: true };
  return { who: event.actor.name, bySupport: false };
}

const WHAT: Record<string, (d: Record<string, unknown>) => string> = {
  "impersonation.started": (d) =>
    `Support access started, read-only` +
    (typeof d.minutes === "number" ? ` (for at most ${d.minutes} minutes)` : ""),
  "impersonation.mode_changed": (d) =>
    d.to === "assist"
      ? "Support switched to assist mode (may make changes for you)"
      : "Support switched back to read-only",
  "impersonation.stopped": () => "Support access ended",
  "impersonation.expired": () => `Support access ended: ${END_REASON_TEXT.expired}`,
  "impersonation.ended": (d) =>
    `Support access ended: ${END_REASON_TEXT[d.endReason as EndReason] ?? "ended"}`,
  "account.switch": () => "Switched to this account",
  "auth.sign_out": () => "Signed out",
  "update.started": () => "Started an update (made an editable copy of the Bundle)",
  "update.submitted": () => "Submitted the updated details to Twilio for review",
  "update.approved": () => "Approved the updated details after its review",
  "update.applied": () => "Applied the approved details to the Bundle",
  "update.copy_removed": () => "Removed the working copy: the update is finished",
  "update.cancelled": () => "Cancelled an update (the copy was deleted)",
  // Saves (issue 15): the item and the fields were recorded with them; older rows say less.
  "update.item_updated": (d) => {
    const item = str(d.itemName);
    const fields = labels(d.fields);
    if (!item) return "Changed compliance details";
    return fields.length
      ? `Changed ${fields.join(", ")} in ${item}`
      : `Saved ${item} (no field changed)`;
  },
  "update.item_created": (d) => {
    const item = str(d.itemName);
    const fields = labels(d.fields);
    if (!item) return "Added compliance details";
    return `Added ${item}` + (fields.length ? ` with ${fields.join(", ")}` : "");
  },
  "update.item_replaced": (d) => {
    const fields = labels(d.fields);
    return (
      `Uploaded a new file for ${str(d.itemName) ?? "a document"}` +
      (fields.length ? ` and changed ${fields.join(", ")}` : "")
    );
  },
  "update.item_assigned": () => "Attached a document or end-user to the update",
  "address.created": (d) =>
    str(d.address) ? `Added the address ${str(d.address)}` : "Added an address",
  "bundle.status_callback_set": () => "Pointed the Bundle's Twilio status updates at the portal",
  // Notifications (issue 13).
  "notifications.contact_added": (d) =>
    `Added ${str(d.email) ?? "a contact"} as a notification contact`,
  "notifications.contact_removed": (d) =>
    `Removed the notification contact ${str(d.email) ?? ""}`.trim(),
  "notifications.contact_changed": (d) =>
    `Changed which emails ${str(d.email) ?? "a contact"} gets`,
  "notifications.confirmation_resent": (d) =>
    `Sent ${str(d.email) ?? "a contact"} a new confirmation link`,
  "notifications.contact_confirmed": (d) =>
    `${str(d.email) ?? "A contact"} confirmed their address`,
  "notifications.contact_unsubscribed": (d) =>
    `${str(d.email) ?? "A contact"} unsubscribed from the emails`,
  "notifications.preferences_changed": (d) =>
    `${str(d.email) ?? "A contact"} changed which emails they get`,
  "notifications.settings_changed": () => "Changed when reminders go out",
};

/** "update.item_swapped" → "Update: item swapped", for actions added after this table. */
function fallbackWhat(action: string): string {
  const [area, ...rest] = action.split(".");
  const verb = rest.join(" ").replaceAll("_", " ");
  const head = (area ?? action).replaceAll("_", " ");
  return verb ? `${head.charAt(0).toUpperCase()}${head.slice(1)}: ${verb}` : head;
}

/**
 * The Bundle a row is about, by name: as recorded with it, else as the portal's index knows the
 * original (or the SID the row targets). Never a SID: a name nobody recorded is left out.
 */
function bundleOf(event: ActivityEvent): string | null {
  const recorded = str(event.details.bundleName);
  if (recorded) return recorded;
  const names = event.bundleNames ?? {};
  const original = str(event.details.originalSid);
  return (original && names[original]) || (event.targetSid && names[event.targetSid]) || null;
}

export function describeActivity(event: ActivityEvent): ActivityLine {
  const { who, bySupport } = describeActor(event);
  const what = (WHAT[event.action] ?? (() => fallbackWhat(event.action)))(event.details);
  const imp = event.impersonation;
  const why = imp ? (imp.ticket ? `${imp.reason} (ticket ${imp.ticket})` : imp.reason) : null;
  return { who, bySupport, what, bundle: bundleOf(event), why };
}

/** The Bundle SIDs a page of rows mentions, for one lookup of their names (lib/dal/activity.ts). */
export function bundleSidsOf(events: readonly Pick<ActivityEvent, "targetSid" | "details">[]) {
  const sids = new Set<string>();
  for (const e of events)
    for (const sid of [e.targetSid, str(e.details.originalSid)])
      if (sid && /^BU[0-9a-f]{32}$/i.test(sid)) sids.add(sid);
  return [...sids];
}
