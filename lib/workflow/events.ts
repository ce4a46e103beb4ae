import {
  applyCopyCallback,
  applyOriginalCallback,
  type CopyStatusCallback,
  type OriginalStatusCallback,
} from "./callbacks";
import { ignored, moved, type EventResult } from "./result";
import { draftState, isCurrentEvaluation, type UpdateRequestState } from "./states";

/** The events the app records against an update request (each after the fact it reports). */
export type UpdateRequestEvent =
  | { type: "copy_created"; copySid: string }
  | { type: "evaluated"; status: "compliant" | "noncompliant"; failedCount: number; at: Date }
  | { type: "item_changed"; at: Date }
  | { type: "submitted"; at: Date }
  | CopyStatusCallback
  | OriginalStatusCallback
  | { type: "items_replaced"; at: Date }
  | { type: "original_confirmed"; validUntil: Date | null }
  | { type: "copy_deleted" }
  | { type: "cancelled" };

const notAllowed = (state: UpdateRequestState, what: string) =>
  ignored(state, "not_allowed", `${what} is not allowed while the request is "${state.phase}".`);

/** What the request's row knows beyond its state, which some rules need. */
export interface EventContext {
  /** How many times the copy has been submitted (1: the first review; 2+: a resubmission). */
  reviewRound?: number;
}

/** The pure transition. Illegal events leave the state unchanged and say why. */
export function applyEvent(
  state: UpdateRequestState,
  event: UpdateRequestEvent,
  context: EventContext = {},
): EventResult {
  switch (event.type) {
    case "copy_created":
      if (state.phase === "starting") {
        return moved(
          draftState({
            copySid: event.copySid,
            evaluation: null,
            itemsChangedAt: null,
            rejection: null,
          }),
        );
      }
      return state.phase !== "failed" &&
        state.phase !== "cancelled" &&
        state.copySid === event.copySid
        ? ignored(state, "duplicate", "This copy is already recorded.")
        : notAllowed(state, "Recording another copy");

    case "evaluated": {
      if (state.phase !== "fixing" && state.phase !== "ready" && state.phase !== "rejected") {
        return notAllowed(state, "Recording an evaluation");
      }
      const evaluation = { status: event.status, failedCount: event.failedCount, at: event.at };
      if (!isCurrentEvaluation(evaluation, state)) {
        return ignored(state, "stale", "The copy changed after this evaluation started.");
      }
      const previous = state.phase === "rejected" ? null : state.lastEvaluation;
      if (previous && previous.at.getTime() >= event.at.getTime()) {
        return ignored(state, "stale", "A newer evaluation is already recorded.");
      }
      const { copySid, itemsChangedAt, rejection } = state;
      return moved(draftState({ copySid, evaluation, itemsChangedAt, rejection }));
    }

    case "item_changed": {
      if (state.phase !== "fixing" && state.phase !== "ready" && state.phase !== "rejected") {
        return notAllowed(state, "Changing an item");
      }
      if (state.itemsChangedAt && state.itemsChangedAt.getTime() >= event.at.getTime()) {
        return ignored(state, "duplicate", "A later change is already recorded.");
      }
      const evaluation = state.phase === "rejected" ? null : state.lastEvaluation;
      const { copySid, rejection } = state;
      return moved(draftState({ copySid, evaluation, itemsChangedAt: event.at, rejection }));
    }

    case "submitted":
      if (state.phase === "ready") {
        return moved({ phase: "submitted", copySid: state.copySid, submittedAt: event.at });
      }
      return state.phase === "submitted"
        ? ignored(state, "duplicate", "Already submitted.")
        : notAllowed(state, "Submitting");

    case "status_callback":
      return applyCopyCallback(state, event, context.reviewRound ?? 0);

    case "original_status":
      return applyOriginalCallback(state, event);

    case "items_replaced":
      if (state.phase === "approved") {
        return state.itemsReplacedAt
          ? ignored(state, "duplicate", "The replace is already recorded.")
          : moved({ ...state, itemsReplacedAt: event.at });
      }
      return state.phase === "replaced"
        ? ignored(state, "duplicate", "The replace is already recorded.")
        : notAllowed(state, "Recording a replace");

    case "original_confirmed":
      if (state.phase === "approved" && state.itemsReplacedAt) {
        return event.validUntil === null
          ? moved({
              phase: "replaced",
              copySid: state.copySid,
              itemsReplacedAt: state.itemsReplacedAt,
            })
          : ignored(state, "not_allowed", "The original still shows a renewal deadline.");
      }
      return state.phase === "replaced"
        ? ignored(state, "duplicate", "The original is already confirmed.")
        : notAllowed(state, "Confirming the original before the replace");

    case "copy_deleted":
      if (state.phase === "replaced")
        return moved({
          phase: "done",
          copySid: state.copySid,
          itemsReplacedAt: state.itemsReplacedAt,
        });
      return state.phase === "done"
        ? ignored(state, "duplicate", "The copy is already deleted.")
        : notAllowed(state, "Deleting the copy");

    case "cancelled":
      switch (state.phase) {
        case "starting":
          return moved({ phase: "cancelled", copySid: null });
        case "fixing":
        case "ready":
        case "rejected":
        case "failed":
          return moved({ phase: "cancelled", copySid: state.copySid });
        case "cancelled":
          return ignored(state, "duplicate", "Already cancelled.");
        default:
          return notAllowed(state, "Cancelling");
      }
  }
}
