import type { UpdateRequestState } from "./states";

/** Why an event left the state as it was. */
export type IgnoredKind = "duplicate" | "stale" | "not_allowed";

export interface EventResult {
  state: UpdateRequestState;
  changed: boolean;
  ignoredKind?: IgnoredKind;
  ignoredReason?: string;
}

export function moved(state: UpdateRequestState): EventResult {
  return { state, changed: true };
}

export function ignored(
  state: UpdateRequestState,
  ignoredKind: IgnoredKind,
  ignoredReason: string,
): EventResult {
  return { state, changed: false, ignoredKind, ignoredReason };
}
