import "server-only";
import { createMemo } from "@/lib/cache/memo";
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
const baselines = processWide("copy-baselines", () =>
  createMemo<BundleWithItems>({ ttlMs: 60 * 60 * 1000, maxEntries: 2_000 }),
);

export function rememberBaseline(requestId: string, copyAsMade: BundleWithItems) {
  baselines.set(requestId, copyAsMade);
}

export function baselineOf(requestId: string): BundleWithItems | null {
  return baselines.get(requestId) ?? null;
}
