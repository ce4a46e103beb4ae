import { nextActionFor } from "./next-action";
import { STEP_IDS, type StepId, type UpdateRequestState } from "./states";

/**
 * The customer-facing steps of an update, in order (the progress tracker and the worklist's
 * "Step 2 of 7" read this table). Their words are the catalogs': UpdateStatus `steps.<id>`.
 */
export const STEPS = STEP_IDS.map((id) => ({ id }));

export type StepStatus = "complete" | "current" | "upcoming" | "attention";

export interface StepView {
  id: StepId;
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
    return { id: step.id, status };
  });
  return { current: id, steps };
}
