import type { UpdateRequestEventRow, UserRole } from "@/lib/db/schema";
import type { Translator } from "@/lib/i18n/translator";
import { PHASES } from "@/lib/workflow";

export interface TimelineEntry {
  id: string;
  at: string;
  title: string;
  /** The reviewer's reason, as Twilio sent it (English: the page marks it lang="en"). */
  detail: string | null;
  /** The detail is Twilio's own words, not the catalog's. */
  detailFromTwilio: boolean;
  /** Who, as the viewer reads it: "You", a teammate's name, "Sam Support (support staff)"… */
  by: string;
}

export type TimelineEvent = UpdateRequestEventRow & {
  actor: { id: string; name: string; role: UserRole } | null;
  /** Set when the actor was staff acting through an impersonation session at the time. */
  staffName: string | null;
};

type T = Translator<"Timeline">;

/** Twilio's statuses as catalog keys (messages/<locale>/Timeline.json `status`). */
const STATUS_KEYS = {
  "pending-review": "pendingReview",
  "in-review": "inReview",
  "twilio-approved": "twilioApproved",
  "twilio-rejected": "twilioRejected",
  "provisionally-approved": "provisionallyApproved",
  draft: "draft",
} as const;

const PHASE_WORDS = new Set<string>(PHASES);

function describeEvent(
  e: UpdateRequestEventRow,
  t: T,
): Pick<TimelineEntry, "title" | "detail" | "detailFromTwilio"> {
  const d = e.details;
  const text = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : null);
  const plain = (title: string) => ({ title, detail: null, detailFromTwilio: false });
  switch (e.type) {
    case "copy_created":
      return plain(t("copyCreated"));
    case "evaluated":
      return d.status === "compliant"
        ? plain(t("checkedCompliant"))
        : {
            title: t("checkedNoncompliant"),
            detail: typeof d.failedCount === "number" ? t("toFix", { count: d.failedCount }) : null,
            detailFromTwilio: false,
          };
    case "item_changed": {
      const title = text("title");
      return plain(title ? t("saved", { title }) : t("savedUntitled"));
    }
    case "submitted":
      return plain(t("submitted"));
    case "status_callback": {
      const status = text("status") ?? "";
      const key = Object.hasOwn(STATUS_KEYS, status)
        ? STATUS_KEYS[status as keyof typeof STATUS_KEYS]
        : null;
      const reason = text("failureReason");
      return {
        title: key ? t(`status.${key}`) : t("status.other", { status }),
        detail: reason,
        detailFromTwilio: reason !== null,
      };
    }
    case "items_replaced":
      return plain(t("itemsReplaced"));
    case "original_confirmed":
      return plain(t("originalConfirmed"));
    case "copy_deleted":
      return plain(t("copyDeleted"));
    case "cancelled":
      return plain(t("cancelled"));
    case "observed": {
      const to = text("to");
      return plain(t("observed", { phase: to && PHASE_WORDS.has(to) ? to : "other" }));
    }
    default:
      return plain(t("other", { type: e.type.replaceAll("_", " ") }));
  }
}

/** Who did it, from the viewer's side: a customer's own steps are "You"; staff are always named. */
function byWhom(e: TimelineEvent, viewerUserId: string, t: T): string {
  if (!e.actorUserId) return e.type === "status_callback" ? t("by.twilio") : t("by.portal");
  // A step taken through support access is the staff member's, named so even to themselves:
  // the page they see is the customer's, where "You" reads as the customer.
  if (e.staffName) return t("by.staff", { name: e.staffName });
  if (e.actor && e.actor.role !== "customer") return t("by.staff", { name: e.actor.name });
  if (e.actorUserId === viewerUserId) return t("by.you");
  if (!e.actor) return t("by.formerUser");
  return e.actor.name;
}

/** The request's events as the viewer reads them, oldest first, in the viewer's language. */
export function toTimeline(events: TimelineEvent[], viewerUserId: string, t: T): TimelineEntry[] {
  return events.map((e) => ({
    id: e.id,
    at: e.occurredAt.toISOString(),
    by: byWhom(e, viewerUserId, t),
    ...describeEvent(e, t),
  }));
}

/**
 * The reviewer's reasons from the rounds before the latest rejection: those each save and
 * submission answered (recorded with them), and the failure reasons of earlier rejection callbacks (split
 * where Twilio joined several). The latest rejection's reasons are marked new against these.
 */
export function earlierReasons(events: readonly UpdateRequestEventRow[]): string[] {
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  const answered = events
    .filter((e) => e.type === "submitted" || e.type === "item_changed")
    .flatMap((e) => strings(e.details.answering));
  const callbacks = events
    .filter((e) => e.type === "status_callback" && e.details.status === "twilio-rejected")
    .map((e) => (typeof e.details.failureReason === "string" ? e.details.failureReason : ""))
    .slice(0, -1)
    .flatMap((r) => r.split(/;\s*|\n+/));
  return [...answered, ...callbacks].map((r) => r.trim()).filter(Boolean);
}
