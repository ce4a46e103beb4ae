import { toEvaluation } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { Evaluation } from "@/lib/domain/types";

/** The Bundle's evaluation history, newest first. */
export async function listEvaluations(
  accountSid: string,
  bundleSid: string,
  options: { limit?: number } = {},
): Promise<Evaluation[]> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const limit = Math.min(Math.max(options.limit ?? 20, 1), 200);
  const evaluations = await withReadRetry(() => rc.bundles(bundleSid).evaluations.list({ limit }), {
    surface: "bundle",
  });
  return evaluations
    .map(toEvaluation)
    .sort((a, b) => (b.dateCreated?.getTime() ?? 0) - (a.dateCreated?.getTime() ?? 0));
}
