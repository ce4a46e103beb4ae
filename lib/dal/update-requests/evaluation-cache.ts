import "server-only";
import { processWide } from "@/lib/cache/process-wide";
import { listEvaluations, type Evaluation } from "@/lib/twilio";

/**
 * The copy's latest Evaluation, kept after we create it so the fix form does not list
 * evaluations again. Losing it (a restart, another instance) only costs one Twilio read.
 */
const latest = processWide(
  "copy-evaluations",
  () => new Map<string, { evaluation: Evaluation; at: number }>(),
);
const MAX = 2_000;

export function rememberEvaluation(copySid: string, evaluation: Evaluation) {
  latest.delete(copySid);
  latest.set(copySid, { evaluation, at: Date.now() });
  if (latest.size > MAX) latest.delete(latest.keys().next().value as string);
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
