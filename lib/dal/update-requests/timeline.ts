import type { UpdateRequestEventRow, UserRole } from "@/lib/db/schema";

export interface TimelineEntry {
  id: string;
  at: string;
  title: string;
  detail: string | null;
  /** Who, as the viewer reads it: "You", a teammate's name, "Sam Support (support staff)"… */
  by: string;
}

export type TimelineEvent = UpdateRequestEventRow & {
  actor: { id: string; name: string; role: UserRole } | null;
  /** Set when the actor was staff acting through an impersonation session at the time. */
  staffName: string | null;
};

const STATUS_WORDS: Record<string, string> = {
  "pending-review": "Twilio received your update for review",
  "in-review": "Twilio started reviewing your update",
  "twilio-approved": "Twilio approved your update",
  "twilio-rejected": "Twilio asked for changes",
  "provisionally-approved": "Twilio provisionally approved your update",
  draft: "Your update is a draft again",
};

function describeEvent(e: UpdateRequestEventRow): Pick<TimelineEntry, "title" | "detail"> {
  const d = e.details;
  const text = (k: string) => (typeof d[k] === "string" ? (d[k] as string) : null);
  switch (e.type) {
    case "copy_created":
      return { title: "Started the update (working copy made)", detail: null };
    case "evaluated":
      return d.status === "compliant"
        ? { title: "Checked: everything required is there", detail: null }
        : {
            title: "Checked: some details are still needed",
            detail: `${String(d.failedCount ?? "")} to fix`.trim(),
          };
    case "item_changed":
      return { title: `Saved: ${text("title") ?? "details"}`, detail: null };
    case "submitted":
      return { title: "Submitted for review", detail: null };
    case "status_callback":
      return {
        title: STATUS_WORDS[text("status") ?? ""] ?? `Twilio: ${text("status")}`,
        detail: text("failureReason"),
      };
    case "items_replaced":
      return { title: "Applied the approved details to your Bundle", detail: null };
    case "original_confirmed":
      return { title: "Confirmed: the deadline is cleared", detail: null };
    case "copy_deleted":
      return { title: "Removed the working copy — all done", detail: null };
    case "cancelled":
      return { title: "Cancelled the update", detail: null };
    case "observed":
      return {
        title: `Status is now: ${text("to")?.replace("_", " ") ?? "updated"}`,
        detail: null,
      };
    default:
      return { title: e.type.replaceAll("_", " "), detail: null };
  }
}

/** Who did it, from the viewer's side: a customer's own steps are "You"; staff are always named. */
function byWhom(e: TimelineEvent, viewerUserId: string): string {
  if (!e.actorUserId) return e.type === "status_callback" ? "Twilio" : "Portal";
  // A step taken through support access is the staff member's, named so even to themselves:
  // the page they see is the customer's, where "You" reads as the customer.
  if (e.staffName) return `${e.staffName} (support staff)`;
  if (e.actor && e.actor.role !== "customer") return `${e.actor.name} (support staff)`;
  if (e.actorUserId === viewerUserId) return "You";
  if (!e.actor) return "A former user";
  return e.actor.name;
}

/** The request's events as the viewer reads them, oldest first. */
export function toTimeline(events: TimelineEvent[], viewerUserId: string): TimelineEntry[] {
  return events.map((e) => ({
    id: e.id,
    at: e.occurredAt.toISOString(),
    by: byWhom(e, viewerUserId),
    ...describeEvent(e),
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
