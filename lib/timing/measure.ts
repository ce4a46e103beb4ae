/**
 * `measured(kind, work)`: runs `work` and, while request timing is switched on (TIMING_LOG, see
 * lib/timing/request-scope.ts), books its duration to the request it runs for. Off (the
 * default), it is a plain call. Free of Next.js and `server-only`, so the database client, the
 * Twilio gateway and their unit tests can use it; the request scope is installed from outside.
 */
import { processWide } from "@/lib/cache/process-wide";
import type { TimingCollector, TimingKind } from "./collect";

/** Finds the collector of the request this code runs for, or null outside any request. */
export type CollectorLookup = () => Promise<TimingCollector | null>;

const slot = processWide("request-timing", () => ({ lookup: null as CollectorLookup | null }));

export function installCollectorLookup(lookup: CollectorLookup | null): void {
  slot.lookup = lookup;
}

export async function measured<T>(kind: TimingKind, work: () => Promise<T>): Promise<T> {
  if (!slot.lookup) return work();
  const collector = await slot.lookup().catch(() => null);
  const end = collector?.begin(kind);
  try {
    return await work();
  } finally {
    end?.();
  }
}
