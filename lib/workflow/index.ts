/**
 * The update request for one original Bundle: pure states, transitions, reconciliation with
 * Twilio, guards and customer-facing wording. No I/O; the orchestration lives in the actions.
 */
export * from "./states";
export { STEPS, stepOf, type Progress, type StepStatus, type StepView } from "./steps";
export { nextActionFor, type NextAction, type NextActionKind } from "./next-action";
export { applyEvent, type EventContext, type UpdateRequestEvent } from "./events";
export type { CopyStatusCallback, OriginalStatusCallback } from "./callbacks";
export type { EventResult, IgnoredKind } from "./result";
export { reconcile, REPLACE_CONFIRM_GRACE_MS, type Reconciled, type TwilioView } from "./reconcile";
export {
  canCancel,
  canCreateCopy,
  canDeleteCopy,
  canEdit,
  canReplace,
  canSubmit,
  needsUpdate,
  type GuardResult,
} from "./guards";
export { describe, type Description } from "./describe";
export { attentionFor, failedFrom } from "./attention";
export { fromStored, toStored, progressDiffers } from "./stored";
export {
  attentionSchema,
  evaluationSummarySchema,
  phaseSchema,
  rejectionSchema,
  storedRequestSchema,
  type StoredProgress,
  type StoredRequest,
} from "./schema";
