import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import type { UpdateRequestRow } from "@/lib/db/schema";
import type { TwilioSnapshot } from "./twilio-reads";

/**
 * What a step just read and wrote, for the page render that follows it (the action's answer
 * carries that render). Valid only for the exact row version the step left behind and for a few
 * seconds: any other write (another tab, a callback, another instance) changes the version, and
 * the render reads Twilio again. Saves the render re-reading everything the step just handled.
 */
const FRESH_MS = 10_000;
const recent = processWide(
  "recent-snapshots",
  () => new Map<string, { version: number; at: number; snapshot: TwilioSnapshot }>(),
);

export function rememberSnapshot(row: UpdateRequestRow, snapshot: TwilioSnapshot) {
  recent.set(row.id, { version: row.updatedAt.getTime(), at: Date.now(), snapshot });
  if (recent.size > 5_000) recent.delete(recent.keys().next().value as string);
}

export function recentSnapshot(row: UpdateRequestRow): TwilioSnapshot | null {
  const entry = recent.get(row.id);
  if (!entry || entry.version !== row.updatedAt.getTime() || Date.now() - entry.at > FRESH_MS)
    return null;
  return entry.snapshot;
}
