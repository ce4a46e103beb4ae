import "server-only";

/**
 * The customer's update request for one original Bundle, end to end. Every step runs through
 * one spine (spine.ts); each function takes the acting context and scopes itself to its
 * account; the status callback is the one exception, reached only after the route has checked
 * Twilio's signature.
 */
export { getUpdateView, type UpdateView } from "./view";
export { startUpdate } from "./start";
export { saveGroup, type SaveGroupOutcome, type SaveGroupRequest } from "./save-group";
export { checkUpdate } from "./check";
export { submitUpdate } from "./submit";
export { finishUpdate } from "./finish";
export { cancelUpdate } from "./cancel";
export { createUpdateAddress } from "./addresses";
export {
  callbackIsForeign,
  processStatusCallback,
  type CallbackOutcome,
  type StatusCallback,
} from "./callback";
export { finishInBackground, reconcileInBackground, requestsDueForReconcile } from "./background";
export type { TimelineEntry } from "./timeline";
export type { StepFailure } from "./kept";
export { getUpdateStatus } from "./status";
export { updateContextOf } from "./bundle-context";
