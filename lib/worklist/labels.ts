/**
 * Words for the worklist's columns: an update request's phase, and a Regulation's country,
 * number type and end-user type. Step titles come from lib/workflow's STEPS, so the worklist and
 * the update page name the steps alike.
 */
import { STEPS, type Phase, type StepId } from "@/lib/workflow";
import type { EndUserType } from "@/lib/domain/types";

export type ProgressTone = "action" | "waiting" | "problem";

export interface ProgressLabel {
  label: string;
  tone: ProgressTone;
  /** "Step 2 of 7", counted as the update page's progress counts (Done included); null when none. */
  step: string | null;
}

const title = (id: StepId) => STEPS.find((s) => s.id === id)!.title;
// The same count as the update page's progress (issue 15: the worklist said 6 where it shows 7).
const stepText = (id: StepId) =>
  `Step ${STEPS.findIndex((s) => s.id === id) + 1} of ${STEPS.length}`;

const PHASE_LABELS: Record<Phase, { label: string; tone: ProgressTone; at: StepId | null } | null> =
  {
    starting: { label: "Update started", tone: "action", at: "start" },
    fixing: { label: `Update in progress: ${title("fix")}`, tone: "action", at: "fix" },
    ready: { label: `Ready: ${title("submit")}`, tone: "action", at: "submit" },
    submitted: { label: "In review", tone: "waiting", at: "review" },
    in_review: { label: "In review", tone: "waiting", at: "review" },
    rejected: { label: "Rejected – action needed", tone: "problem", at: "fix" },
    approved: { label: "Approved – finishing", tone: "waiting", at: "finish" },
    replaced: { label: "Approved – finishing", tone: "waiting", at: "finish" },
    failed: { label: "Paused – needs attention", tone: "problem", at: null },
    done: null,
    cancelled: null,
  };

/** An update that is with Twilio (review) or finishing by itself: nothing for the customer to do. */
export function isWaitingOnTwilio(phase: Phase): boolean {
  return PHASE_LABELS[phase]?.tone === "waiting";
}

/** How an open update request reads in the worklist; null for closed ones (done, cancelled). */
export function progressLabel(phase: Phase): ProgressLabel | null {
  const entry = PHASE_LABELS[phase];
  if (!entry) return null;
  return { label: entry.label, tone: entry.tone, step: entry.at ? stepText(entry.at) : null };
}

export { countryName } from "@/lib/format/country";

const NUMBER_TYPES: Record<string, string> = {
  local: "Local",
  mobile: "Mobile",
  national: "National",
  "toll-free": "Toll-free",
  tollfree: "Toll-free",
};

export function numberTypeLabel(type: string): string {
  if (NUMBER_TYPES[type]) return NUMBER_TYPES[type];
  const words = type.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : "Unknown type";
}

export function endUserTypeLabel(type: EndUserType): string {
  return type === "business" ? "Business" : "Individual";
}
