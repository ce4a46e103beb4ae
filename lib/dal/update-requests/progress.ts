import "server-only";
import type { UpdateRequestRow } from "@/lib/db/schema";
import type { Bundle } from "@/lib/domain/types";
import {
  applyEvent,
  fromStored,
  nextActionFor,
  reconcile,
  toStored,
  type NextAction,
  type UpdateRequestEvent,
  type UpdateRequestState,
} from "@/lib/workflow";
import { keptSnapshot } from "./kept";
import { addEvent, findRequest, saveProgress, toStoredRequest, type RowChanges } from "./store";
import { readTwilio, toSnapshot, type TwilioSnapshot } from "./twilio-reads";

export interface Synced {
  row: UpdateRequestRow;
  state: UpdateRequestState;
  next: NextAction;
  snapshot: TwilioSnapshot;
}

export type Freshness =
  /** The row as stored, no Twilio read (the caller has just recorded Twilio's own word). */
  | "row"
  /** What the last step kept on the row will do, if nobody wrote since (kept.ts). */
  | "kept"
  /** Read Twilio. */
  | "read"
  /** Read Twilio, with the original just read by the caller. */
  | { original: Bundle };

/**
 * Re-derives the request from Twilio (the source of truth) and stores what changed, with what was
 * read, so the next step or render on any instance can use it. Every step starts here, so a lost
 * callback, a crash or another tab never leaves a step acting on old news.
 */
export async function syncRequest(
  subaccountSid: string,
  row: UpdateRequestRow,
  freshness: Freshness,
): Promise<Synced> {
  if (freshness === "row") {
    const state = fromStored(toStoredRequest(row));
    const kept = keptSnapshot(row);
    const snapshot = toSnapshot(kept?.original ?? null, kept?.copy ?? null);
    return { row, state, next: nextActionFor(state), snapshot };
  }
  const kept = freshness === "kept" ? keptSnapshot(row) : null;
  const snapshot = kept
    ? toSnapshot(kept.original, kept.copy)
    : await readTwilio(
        subaccountSid,
        row,
        typeof freshness === "object" ? { original: freshness.original } : {},
      );
  let current = row;
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = reconcile(toStoredRequest(current), snapshot.view);
    if (kept && !result.changed)
      return { row: current, state: result.state, next: result.next, snapshot };
    // A fresh read is kept (with the new progress, if any) for what follows.
    const saved = await saveProgress(
      current,
      toStored(result.state),
      kept
        ? { snapshot: { original: kept.original, copy: kept.copy, readAt: kept.readAt } }
        : { snapshot: keepable(snapshot), reconciledAt: new Date() },
    );
    if (saved) {
      if (saved.phase !== current.phase || saved.copySid !== current.copySid)
        await addEvent(row.id, "observed", null, {
          from: current.phase,
          to: saved.phase,
          copySid: saved.copySid,
        });
      return { row: saved, state: result.state, next: result.next, snapshot };
    }
    current = await findRequest(row.id); // written meanwhile: derive again from the new row
  }
  throw new Error(`update request ${row.id}: too many concurrent writes`);
}

/** A snapshot as the row keeps it (kept.ts). */
export function keepable(snapshot: TwilioSnapshot, readAt = new Date()) {
  return { original: snapshot.original, copy: snapshot.copy, readAt: readAt.toISOString() };
}

export interface Recorded {
  row: UpdateRequestRow;
  state: UpdateRequestState;
  moved: boolean;
  reason: string | undefined;
}

/**
 * Applies one event to the stored request and records it on the timeline when it moved, with
 * any `changes` the step keeps alongside. A concurrent write (compare-and-set failed) re-reads
 * the row and applies the event to it. A submission starts a new review round (callbacks.ts).
 */
export async function record(
  row: UpdateRequestRow,
  event: UpdateRequestEvent,
  actorUserId: string | null,
  details: Record<string, unknown> = {},
  changes: RowChanges = {},
): Promise<Recorded> {
  let current = row;
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = applyEvent(fromStored(toStoredRequest(current)), event, {
      reviewRound: current.reviewRound,
    });
    if (!result.changed)
      return { row: current, state: result.state, moved: false, reason: result.ignoredReason };
    const round = event.type === "submitted" ? { reviewRound: current.reviewRound + 1 } : {};
    const saved = await saveProgress(current, toStored(result.state), { ...changes, ...round });
    if (saved) {
      await addEvent(row.id, event.type, actorUserId, details);
      return { row: saved, state: result.state, moved: true, reason: undefined };
    }
    current = await findRequest(row.id);
  }
  throw new Error(`update request ${row.id}: too many concurrent writes`);
}
