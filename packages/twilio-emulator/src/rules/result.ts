/** Building evaluation entries with Twilio's key order, and choosing the best candidate. */
import type { EvaluationInvalidItem, EvaluationResult } from "../types";

/** Keys in the order of Twilio's Evaluation example. */
export const RESULT_KEYS = [
  "friendly_name",
  "object_type",
  "passed",
  "failure_reason",
  "error_code",
  "valid",
  "invalid",
  "requirement_friendly_name",
  "requirement_name",
] as const;

export const ITEM_KEYS = ["friendly_name", "object_field", "failure_reason", "error_code"] as const;

export function makeResult(r: {
  friendly_name: string;
  object_type: string;
  failure_reason: string | null;
  error_code: number | null;
  valid: EvaluationInvalidItem[];
  invalid: EvaluationInvalidItem[];
  requirement_friendly_name: string;
  requirement_name: string;
}): EvaluationResult {
  return {
    friendly_name: r.friendly_name,
    object_type: r.object_type,
    passed: r.error_code === null,
    failure_reason: r.failure_reason,
    error_code: r.error_code,
    valid: r.valid,
    invalid: r.invalid,
    requirement_friendly_name: r.requirement_friendly_name,
    requirement_name: r.requirement_name,
  };
}

/**
 * The best of several candidate evaluations: a passing one first, then the lowest `penalty`
 * (e.g. rejected documents), then the fewest invalid fields; ties keep input order.
 */
export function pickBest<T extends { result: EvaluationResult; penalty?: number }>(
  candidates: T[],
): T | undefined {
  let best: T | undefined;
  for (const c of candidates) {
    if (!best || compare(c, best) < 0) best = c;
  }
  return best;
}

function compare(
  a: { result: EvaluationResult; penalty?: number },
  b: { result: EvaluationResult; penalty?: number },
): number {
  if (a.result.passed !== b.result.passed) return a.result.passed ? -1 : 1;
  const pa = a.penalty ?? 0;
  const pb = b.penalty ?? 0;
  if (pa !== pb) return pa - pb;
  return a.result.invalid.length - b.result.invalid.length;
}
