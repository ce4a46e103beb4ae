import "server-only";
import { createMemo } from "@/lib/cache/memo";
import { processWide } from "@/lib/cache/process-wide";
import { listEvaluations, type Evaluation } from "@/lib/twilio";

/**
 * The copy's latest Evaluation, kept after we create it so the fix form does not list
 * evaluations again. Losing it (a restart, another instance) only costs one Twilio read.
 */
const latest = processWide("copy-evaluations", () =>
  createMemo<{ evaluation: Evaluation; at: number }>({
    ttlMs: Number.POSITIVE_INFINITY,
    maxEntries: 2_000,
  }),
);

export function rememberEvaluation(copySid: string, evaluation: Evaluation) {
  latest.set(copySid, { evaluation, at: Date.now() });
}

/**
 * `recordedAt` is when the request last recorded an evaluation: a cached one much older than
 * that was made elsewhere (another instance), so Twilio is asked.
 */
export async function latestEvaluation(
  subaccountSid: string,
  copySid: string,
  recordedAt: Date | null,
): Promise<Evaluation | null> {
  const known = latest.get(copySid);
  if (known && (!recordedAt || recordedAt.getTime() - known.at < 2_000)) return known.evaluation;
  const [newest] = await listEvaluations(subaccountSid, copySid, { limit: 1 });
  if (newest) rememberEvaluation(copySid, newest);
  return newest ?? null;
}
