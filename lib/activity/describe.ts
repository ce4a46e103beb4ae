/**
 * How an audit event reads on the customer's Activity page: who, what, why. Pure, so the wording
 * is unit-tested (describe.test.ts) and the page stays a plain list. Support staff are always
 * named as such: an action taken during an impersonation is never shown as the customer's own.
 */
import type { ImpersonationMode, UserRole } from "@/lib/db/schema";
import type { Translator } from "@/lib/i18n/translator";
import type { EndReason } from "@/lib/impersonation/rules";

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
  /** "en" when `what` is made from an action code the catalogs do not know yet. */
  whatLang: "en" | null;
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

type T = Translator<"Activity">;

export function describeActor(event: ActivityEvent, t: T): { who: string; bySupport: boolean } {
  if (event.impersonation)
    return { who: t("who.staff", { name: event.impersonation.staffName }), bySupport: true };
  if (!event.actor && event.details.by === "twilio")
    return { who: t("who.twilio"), bySupport: false };
  if (!event.actor)
    return {
      // recordSystemAudit marks what the portal did by itself (a sweep, a job, a mail's link).
      who:
        event.details.by === "portal"
          ? event.action.startsWith("notifications.")
            ? t("who.contact")
            : t("who.portal")
          : t("who.gone"),
      bySupport: false,
    };
  if (event.actor.role !== "customer")
    return { who: t("who.staff", { name: event.actor.name }), bySupport: true };
  return { who: event.actor.name, bySupport: false };
}

const END_REASONS = [
  "stopped",
  "expired",
  "role_revoked",
  "signed_out",
  "account_removed",
] as const satisfies readonly EndReason[];
const endReason = (reason: unknown, t: T) =>
  t(`endReason.${END_REASONS.find((r) => r === reason) ?? "other"}`);

/** A message with one recorded value, or its wording without it when the row did not keep it. */
const withValue = (
  t: T,
  key:
    | "contactAdded"
    | "contactRemoved"
    | "contactChanged"
    | "resent"
    | "confirmed"
    | "unsubscribed"
    | "preferences",
  email: string | null,
) => (email ? t(`what.${key}`, { email }) : t(`what.${key}Any`));

// Item names and field labels are recorded as the update page showed them (Twilio's words).
const WHAT: Record<string, (d: Record<string, unknown>, t: T) => string> = {
  "impersonation.started": (d, t) =>
    typeof d.minutes === "number"
      ? t("what.impersonationStartedFor", { minutes: d.minutes })
      : t("what.impersonationStarted"),
  "impersonation.mode_changed": (d, t) =>
    d.to === "assist" ? t("what.assist") : t("what.readOnly"),
  "impersonation.stopped": (_, t) => t("what.stopped"),
  "impersonation.expired": (_, t) => t("what.ended", { reason: endReason("expired", t) }),
  "impersonation.ended": (d, t) => t("what.ended", { reason: endReason(d.endReason, t) }),
  "account.switch": (_, t) => t("what.accountSwitch"),
  "auth.sign_out": (_, t) => t("what.signOut"),
  "update.started": (_, t) => t("what.updateStarted"),
  "update.submitted": (_, t) => t("what.updateSubmitted"),
  "update.approved": (_, t) => t("what.updateApproved"),
  "update.applied": (_, t) => t("what.updateApplied"),
  "update.copy_removed": (_, t) => t("what.copyRemoved"),
  "update.cancelled": (_, t) => t("what.updateCancelled"),
  // Saves (issue 15): the item and the fields were recorded with them; older rows say less.
  "update.item_updated": (d, t) => {
    const item = str(d.itemName);
    const fields = labels(d.fields);
    if (!item) return t("what.itemChangedAny");
    return fields.length
      ? t("what.itemChanged", { fields: fields.join(", "), item })
      : t("what.itemSaved", { item });
  },
  "update.item_created": (d, t) => {
    const item = str(d.itemName);
    const fields = labels(d.fields);
    if (!item) return t("what.itemAddedAny");
    return fields.length
      ? t("what.itemAddedWith", { item, fields: fields.join(", ") })
      : t("what.itemAdded", { item });
  },
  "update.item_replaced": (d, t) => {
    const item = str(d.itemName);
    const fields = labels(d.fields).join(", ");
    if (item)
      return fields
        ? t("what.fileReplacedWith", { item, fields })
        : t("what.fileReplaced", { item });
    return fields ? t("what.fileReplacedAnyWith", { fields }) : t("what.fileReplacedAny");
  },
  "update.item_assigned": (_, t) => t("what.itemAssigned"),
  "address.created": (d, t) => {
    const address = str(d.address);
    return address ? t("what.addressAdded", { address }) : t("what.addressAddedAny");
  },
  "bundle.status_callback_set": (_, t) => t("what.statusCallback"),
  // Notifications (issue 13).
  "notifications.contact_added": (d, t) => withValue(t, "contactAdded", str(d.email)),
  "notifications.contact_removed": (d, t) => withValue(t, "contactRemoved", str(d.email)),
  "notifications.contact_changed": (d, t) => withValue(t, "contactChanged", str(d.email)),
  "notifications.confirmation_resent": (d, t) => withValue(t, "resent", str(d.email)),
  "notifications.contact_confirmed": (d, t) => withValue(t, "confirmed", str(d.email)),
  "notifications.contact_unsubscribed": (d, t) => withValue(t, "unsubscribed", str(d.email)),
  "notifications.preferences_changed": (d, t) => withValue(t, "preferences", str(d.email)),
  "notifications.settings_changed": (_, t) => t("what.settings"),
};

/**
 * "update.item_swapped" → "Update: item swapped", for actions added after this table: made from
 * the action's code, so English in every language (the line says so with `whatLang`).
 */
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

/** A row's words in the customer's language (messages/<locale>/Activity.json). */
export function describeActivity(event: ActivityEvent, t: T): ActivityLine {
  const { who, bySupport } = describeActor(event, t);
  const known = WHAT[event.action];
  const what = known ? known(event.details, t) : fallbackWhat(event.action);
  const imp = event.impersonation;
  const why = imp
    ? imp.ticket
      ? t("why", { reason: imp.reason, ticket: imp.ticket })
      : imp.reason
    : null;
  return { who, bySupport, what, whatLang: known ? null : "en", bundle: bundleOf(event), why };
}

/** The Bundle SIDs a page of rows mentions, for one lookup of their names (lib/dal/activity.ts). */
export function bundleSidsOf(events: readonly Pick<ActivityEvent, "targetSid" | "details">[]) {
  const sids = new Set<string>();
  for (const e of events)
    for (const sid of [e.targetSid, str(e.details.originalSid)])
      if (sid && /^BU[0-9a-f]{32}$/i.test(sid)) sids.add(sid);
  return [...sids];
}
