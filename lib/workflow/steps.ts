import { nextActionFor } from "./next-action";
import { STEP_IDS, type StepId, type UpdateRequestState } from "./states";

/** The customer-facing steps of an update, in order (a progress tracker reads this table). */
export const STEPS = [
  {
    id: "start",
    title: "Start the update",
    description: "We make a private working copy. Your current details stay active meanwhile.",
  },
  {
    id: "fix",
    title: "Fill in what's missing",
    description: "Add or correct the details and documents that are needed.",
  },
  {
    id: "check",
    title: "Check your changes",
    description: "We check your details against the requirements and show what will change.",
  },
  {
    id: "submit",
    title: "Submit for review",
    description: "Send your updated details to Twilio.",
  },
  {
    id: "review",
    title: "Review",
    description: "Twilio reviews your details, usually within 1 business day.",
  },
  {
    id: "finish",
    title: "Apply the update",
    description: "We put your approved details in place and confirm the deadline is cleared.",
  },
  {
    id: "done",
    title: "Done",
    description: "Your details are up to date.",
  },
] as const satisfies readonly { id: StepId; title: string; description: string }[];

export type StepStatus = "complete" | "current" | "upcoming" | "attention";

export interface StepView {
  id: StepId;
  title: string;
  description: string;
  status: StepStatus;
}

export interface Progress {
  /** null when the request was cancelled: no step is in progress. */
  current: StepId | null;
  steps: StepView[];
}

/** Which step the customer is at; `attention` marks it when the customer must deal with a problem. */
function currentStep(state: UpdateRequestState): { id: StepId | null; attention: boolean } {
  switch (state.phase) {
    case "starting":
      return { id: "start", attention: false };
    case "fixing":
      // A pending check after earlier results is the "check" step; before any result, "fix".
      return {
        id: state.lastEvaluation && nextActionFor(state).kind === "evaluate" ? "check" : "fix",
        attention: false,
      };
    case "ready":
      return { id: "submit", attention: false };
    case "submitted":
    case "in_review":
      return { id: "review", attention: false };
    case "rejected":
      return { id: "fix", attention: true };
    case "approved":
    case "replaced":
      return { id: "finish", attention: false };
    case "done":
      return { id: "done", attention: false };
    case "cancelled":
      return { id: null, attention: false };
    case "failed":
      return { id: state.attention.atStep, attention: true };
  }
}

export function stepOf(state: UpdateRequestState): Progress {
  const { id, attention } = currentStep(state);
  const currentIndex = id === null ? -1 : STEP_IDS.indexOf(id);
  const steps = STEPS.map((step, index): StepView => {
    let status: StepStatus;
    if (state.phase === "done") status = "complete";
    else if (id === null || index > currentIndex) status = "upcoming";
    else if (index < currentIndex) status = "complete";
    else status = attention ? "attention" : "current";
    return { id: step.id, title: step.title, description: step.description, status };
  });
  return { current: id, steps };
}
