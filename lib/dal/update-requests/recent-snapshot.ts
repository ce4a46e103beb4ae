import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import { createMemo } from "@/lib/cache/memo";
import type { UpdateRequestRow } from "@/lib/db/schema";
import type { TwilioSnapshot } from "./twilio-reads";

/**
 * What a step just read and wrote, for the page render that follows it (the action's answer
 * carries that render). Valid only for the exact row version the step left behind and for a few
 * seconds: any other write (another tab, a callback, another instance) changes the version, and
 * the render reads Twilio again. Saves the render re-reading everything the step just handled.
 */
const recent = processWide("recent-snapshots", () =>
  createMemo<{ version: number; snapshot: TwilioSnapshot }>({ ttlMs: 10_000, maxEntries: 5_000 }),
);

export function rememberSnapshot(row: UpdateRequestRow, snapshot: TwilioSnapshot) {
  recent.set(row.id, { version: row.updatedAt.getTime(), snapshot });
}

export function recentSnapshot(row: UpdateRequestRow): TwilioSnapshot | null {
  const entry = recent.get(row.id);
  return entry?.version === row.updatedAt.getTime() ? entry.snapshot : null;
}
