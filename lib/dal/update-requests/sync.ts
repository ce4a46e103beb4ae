import "server-only";
import type { UpdateRequestRow } from "@/lib/db/schema";
import type { Bundle } from "@/lib/twilio";
import {
  applyEvent,
  fromStored,
  reconcile,
  toStored,
  type NextAction,
  type UpdateRequestEvent,
  type UpdateRequestState,
} from "@/lib/workflow";
import { addEvent, findRequest, saveProgress, toStoredRequest } from "./store";
import { recentSnapshot } from "./recent-snapshot";
import { readTwilio, type TwilioSnapshot } from "./twilio-reads";

export interface Synced {
  row: UpdateRequestRow;
  state: UpdateRequestState;
  next: NextAction;
  snapshot: TwilioSnapshot;
}

/**
 * Re-derives the request from Twilio (the source of truth) and stores what changed. Every step
 * starts here, so a lost callback, a crash or another tab never leaves a step acting on old news.
 */
export async function syncRequest(
  subaccountSid: string,
  row: UpdateRequestRow,
  known: { original?: Bundle; reuseRecent?: boolean } = {},
): Promise<Synced> {
  const snapshot =
    (known.reuseRecent ? recentSnapshot(row) : null) ??
    (await readTwilio(subaccountSid, row, known));
  let current = row;
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = reconcile(toStoredRequest(current), snapshot.view);
    if (!result.changed) return { row: current, state: result.state, next: result.next, snapshot };
    const saved = await saveProgress(current, toStored(result.state));
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

/**
 * Applies one event to the stored request and records it on the timeline when it moved. A
 * concurrent write (compare-and-set failed) re-reads the row and applies the event to it.
 */
export async function record(
  row: UpdateRequestRow,
  event: UpdateRequestEvent,
  actorUserId: string | null,
  details: Record<string, unknown> = {},
) {
  let current = row;
  for (let attempt = 0; attempt < 5; attempt++) {
    const result = applyEvent(fromStored(toStoredRequest(current)), event);
    if (!result.changed)
      return { row: current, state: result.state, moved: false, reason: result.ignoredReason };
    const saved = await saveProgress(current, toStored(result.state));
    if (saved) {
      await addEvent(row.id, event.type, actorUserId, details);
      return { row: saved, state: result.state, moved: true, reason: undefined };
    }
    current = await findRequest(row.id);
  }
  throw new Error(`update request ${row.id}: too many concurrent writes`);
}
