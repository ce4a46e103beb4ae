import { toEvaluation } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { Evaluation } from "@/lib/domain/types";

/** Evaluates the Bundle against its regulation now (synchronous on Twilio's side). */
export async function createEvaluation(accountSid: string, bundleSid: string): Promise<Evaluation> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const evaluation = await withWrite(() => rc.bundles(bundleSid).evaluations.create(), "bundle");
  return toEvaluation(evaluation);
}
