import "server-only";
import { createMemo } from "@/lib/cache/memo";
import { processWide } from "@/lib/cache/process-wide";
import type { UpdateRequestRow } from "@/lib/db/schema";
import { fetchBundle } from "@/lib/twilio";
import type { Bundle } from "@/lib/domain/types";

/**
 * The update request's one process memo (everything else a step keeps is on the row, kept.ts):
 * originals read moments ago with an account's own credentials, for the page render or Start
 * click that follows, which have no request row to keep them on yet. Losing it costs one read. Keyed by the subaccount that read it, so reusing one proves ownership as
 * the read did. Only for showing the original and for Start, whose refusal Twilio repeats itself
 * (22223) if the original changed meanwhile; never for a step that changes the original.
 *
 * Each entry carries when its read began, and a caller states the moment after which a read
 * must have begun to count (e.g. the last ReplaceItems of this original). A read still in
 * flight, or one made on another instance before the original changed, therefore never stands
 * in for the original after that change.
 */
const FRESH_MS = 60_000;
const originals = processWide("recent-originals", () =>
  createMemo<{ bundle: Bundle; readAt: number }>({ ttlMs: FRESH_MS, maxEntries: 5_000 }),
);
const keyOf = (sub: string, sid: string) => `${sub}|${sid}`;

/** `readAt`: when the read that answered `bundle` began (epoch ms). A later read wins. */
function rememberOriginal(sub: string, bundle: Bundle, readAt: number) {
  if (bundle.accountSid && bundle.accountSid !== sub) return; // never another account's
  const key = keyOf(sub, bundle.sid);
  const known = originals.get(key);
  if (known && known.readAt > readAt) return;
  originals.set(key, { bundle, readAt });
}

export function recentOriginal(sub: string, sid: string, notBefore: Date | null): Bundle | null {
  const entry = originals.get(keyOf(sub, sid));
  if (!entry || Date.now() - entry.readAt > FRESH_MS) return null;
  if (notBefore && entry.readAt < notBefore.getTime()) return null;
  return entry.bundle;
}

/** Reads the original from Twilio with the account's own credentials, and remembers it. */
export async function fetchOriginal(sub: string, sid: string): Promise<Bundle> {
  const readAt = Date.now();
  const bundle = await fetchBundle(sub, sid);
  rememberOriginal(sub, bundle, readAt);
  return bundle;
}

/**
 * The moment after which a read of the original must have begun to stand for it, given the
 * latest request on it: after a finished update, its ReplaceItems; otherwise its last change.
 */
export const readsCountFrom = (latest: UpdateRequestRow | null) =>
  latest && (latest.itemsReplacedAt ?? latest.updatedAt);
