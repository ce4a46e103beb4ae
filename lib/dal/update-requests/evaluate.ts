import "server-only";
import type { UpdateRequestRow } from "@/lib/db/schema";
import { createEvaluation, type Evaluation } from "@/lib/twilio";
import { rememberEvaluation } from "./evaluation-cache";
import { record } from "./sync";

/**
 * Evaluates the copy and records the outcome. The time recorded is ours, taken after Twilio
 * answered: Twilio's dates have whole seconds and could fall before an edit made a moment ago.
 */
export async function evaluateCopy(
  subaccountSid: string,
  row: UpdateRequestRow,
  actorUserId: string | null,
): Promise<{ row: UpdateRequestRow; evaluation: Evaluation }> {
  if (!row.copySid) throw new Error("evaluate without a copy");
  const evaluation = await createEvaluation(subaccountSid, row.copySid);
  rememberEvaluation(row.copySid, evaluation);
  const failedCount = evaluation.results.filter((r) => !r.passed).length;
  const saved = await record(
    row,
    { type: "evaluated", status: evaluation.status, failedCount, at: new Date() },
    actorUserId,
    { status: evaluation.status, failedCount, evaluationSid: evaluation.sid },
  );
  return { row: saved.row, evaluation };
}
