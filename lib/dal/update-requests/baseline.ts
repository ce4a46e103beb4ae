import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import type { BundleWithItems } from "@/lib/twilio";

/**
 * What the original held when the portal made the request's copy. Twilio makes a copy as a deep
 * copy (same attributes, address SIDs and files under new SIDs), so the copy's items read right
 * after it was made are the original's content: "What will change" compares against them
 * without reading the original's items again. The original's items change only through
 * ReplaceItems, which ends the request. Only a copy made by this request counts (an adopted copy
 * may already hold changes); lost on restart or on another instance, the original is read.
 */
const FRESH_MS = 60 * 60 * 1000;
const baselines = processWide(
  "copy-baselines",
  () => new Map<string, { items: BundleWithItems; at: number }>(),
);

export function rememberBaseline(requestId: string, copyAsMade: BundleWithItems) {
  baselines.set(requestId, { items: copyAsMade, at: Date.now() });
  if (baselines.size > 2_000) baselines.delete(baselines.keys().next().value as string);
}

export function baselineOf(requestId: string): BundleWithItems | null {
  const entry = baselines.get(requestId);
  return entry && Date.now() - entry.at <= FRESH_MS ? entry.items : null;
}
