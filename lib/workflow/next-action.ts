import { isCurrentEvaluation, type Recovery, type UpdateRequestState } from "./states";

/**
 * What the app should do next for a request. Only `evaluate`, `fetch_copy_items` and
 * `confirm_original` are safe to run automatically (reads, or a POST that changes nothing);
 * `create_copy`, `replace_items` and `delete_copy` must still pass their guard (guards.ts) right
 * before the Twilio call, and `needs_attention` is never resolved without a person choosing to.
 */
export type NextAction =
  /** List the original's copies first: one made before a crash is adopted, never duplicated. */
  | { kind: "create_copy" }
  | { kind: "evaluate" }
  | { kind: "none_wait_for_customer" }
  | { kind: "submit_allowed" }
  | { kind: "wait_for_review" }
  /** Count the copy's Item Assignments: ReplaceItems from an empty copy would empty the original. */
  | { kind: "fetch_copy_items" }
  | { kind: "replace_items" }
  /** Re-fetch the original and check that its valid_until is null. */
  | { kind: "confirm_original" }
  | { kind: "delete_copy" }
  | { kind: "nothing" }
  | { kind: "needs_attention"; message: string; recovery: Recovery };

export type NextActionKind = NextAction["kind"];

export function nextActionFor(state: UpdateRequestState): NextAction {
  switch (state.phase) {
    case "starting":
      return { kind: "create_copy" };
    case "fixing":
      return isCurrentEvaluation(state.lastEvaluation, state)
        ? { kind: "none_wait_for_customer" }
        : { kind: "evaluate" };
    case "ready":
      return { kind: "submit_allowed" };
    case "submitted":
    case "in_review":
      return { kind: "wait_for_review" };
    case "rejected":
      // After a rejection the customer reads the reasons first; once they change something,
      // the copy is checked again.
      return state.itemsChangedAt && state.itemsChangedAt > state.rejection.at
        ? { kind: "evaluate" }
        : { kind: "none_wait_for_customer" };
    case "approved":
      if (state.itemsReplacedAt) return { kind: "confirm_original" };
      if (state.copyItemCount === null) return { kind: "fetch_copy_items" };
      return state.copyItemCount > 0 ? { kind: "replace_items" } : { kind: "confirm_original" };
    case "replaced":
      return { kind: "delete_copy" };
    case "done":
    case "cancelled":
      return { kind: "nothing" };
    case "failed":
      return {
        kind: "needs_attention",
        message: state.attention.message,
        recovery: state.attention.recovery,
      };
  }
}
