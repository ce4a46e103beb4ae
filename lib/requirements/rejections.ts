/**
 * The reviewer's reasons, each shown once: beside the section of the document it concerns, or,
 * when no section carries it (a reason about the whole Bundle), in the update's status. A reason
 * the earlier review rounds did not give is marked new, so a second rejection is not read as the
 * first one again.
 */
import type { FormGroup } from "./types";

/** Reasons compare without case, spacing or closing punctuation ("Blurry." is "blurry"). */
export function normalReason(text: string): string {
  return text
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/[\s.!?;:]+$/, "")
    .trim();
}

/** One reason covers another when either contains it: Twilio joins a Bundle's reasons in one. */
export function sameReason(a: string, b: string): boolean {
  const x = normalReason(a);
  const y = normalReason(b);
  if (!x || !y) return false;
  return x === y || x.includes(y) || y.includes(x);
}

export interface PlacedReasons {
  /** The groups, with `rejection.isNew` set where the reason is new since earlier rounds. */
  groups: FormGroup[];
  /** The current reasons no section shows: the status says these, and only these. */
  unplaced: string[];
}

/**
 * `current`: the reasons of the latest rejection; `earlier`: every reason of the rounds before
 * it (empty when this is the first rejection, so nothing is marked new).
 */
export function placeReasons(
  groups: FormGroup[],
  current: readonly string[],
  earlier: readonly string[],
): PlacedReasons {
  const said: string[] = [];
  const placed = groups.map((g) => {
    if (!g.rejection) return g;
    const { reason } = g.rejection;
    const isNew = earlier.length > 0 && !earlier.some((e) => sameReason(e, reason));
    // Twilio may give two documents of one type the same reason: said once, then referred to.
    const sameAsAbove = reason !== "" && said.some((s) => sameReason(s, reason));
    said.push(reason);
    return { ...g, rejection: { ...g.rejection, isNew, ...(sameAsAbove ? { sameAsAbove } : {}) } };
  });
  const shown = placed.flatMap((g) => (g.rejection?.reason ? [g.rejection.reason] : []));
  const unplaced = current.filter((r) => !shown.some((s) => sameReason(s, r)));
  return { groups: placed, unplaced };
}
