import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import type { Bundle } from "@/lib/twilio";

/**
 * Originals read moments ago with an account's own credentials, for the page render or Start
 * click that follows. Keyed by the subaccount that read it, so reusing one proves ownership as
 * the read did. Only for showing the original and for Start, whose refusal Twilio repeats itself
 * (22223) if the original changed meanwhile; never for a step that changes the original.
 * ReplaceItems forgets the entry, since it clears the original's deadline.
 */
const FRESH_MS = 30_000;
const originals = processWide(
  "recent-originals",
  () => new Map<string, { bundle: Bundle; at: number }>(),
);
const keyOf = (sub: string, sid: string) => `${sub}|${sid}`;

export function rememberOriginal(sub: string, bundle: Bundle) {
  const key = keyOf(sub, bundle.sid);
  originals.delete(key);
  originals.set(key, { bundle, at: Date.now() });
  if (originals.size > 5_000) originals.delete(originals.keys().next().value as string);
}

export function recentOriginal(sub: string, sid: string): Bundle | null {
  const entry = originals.get(keyOf(sub, sid));
  return entry && Date.now() - entry.at <= FRESH_MS ? entry.bundle : null;
}

export function forgetOriginal(sub: string, sid: string) {
  originals.delete(keyOf(sub, sid));
}
