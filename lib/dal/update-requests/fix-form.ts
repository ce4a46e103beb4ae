import "server-only";
import type { UpdateRequestRow } from "@/lib/db/schema";
import { buildRequirementForm, type RequirementForm } from "@/lib/requirements";
import { cachedRegulation } from "@/lib/dal/regulations";
import { type Address, type BundleWithItems, type Evaluation, type Regulation } from "@/lib/twilio";
import { latestEvaluation } from "./evaluation-cache";
import { cachedAddresses } from "./item-cache";

export interface FixForm {
  form: RequirementForm;
  addresses: Address[];
  evaluation: Evaluation | null;
  regulation: Regulation;
}

/**
 * The copy's generated form, from Twilio's data only: the regulation's field definitions, the
 * latest evaluation and the copy's items. The server rebuilds it to validate every submission.
 */
export async function buildFixForm(
  subaccountSid: string,
  row: UpdateRequestRow,
  copy: BundleWithItems,
  options: { freshAddresses?: boolean } = {},
): Promise<FixForm> {
  const regulationSid = copy.bundle.regulationSid;
  if (!regulationSid) throw new Error(`copy ${copy.bundle.sid} has no regulation`);
  const recordedAt = (row.lastEvaluation as { at?: string } | null)?.at;
  const [regulation, evaluation, addresses] = await Promise.all([
    cachedRegulation(subaccountSid, regulationSid),
    latestEvaluation(subaccountSid, copy.bundle.sid, recordedAt ? new Date(recordedAt) : null),
    cachedAddresses(subaccountSid, options.freshAddresses),
  ]);
  const form = buildRequirementForm({
    regulation,
    evaluation,
    endUsers: copy.endUsers,
    documents: copy.supportingDocuments,
    addresses,
  });
  return { form, addresses, evaluation, regulation };
}
