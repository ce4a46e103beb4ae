import "server-only";
import { cachedAddresses } from "@/lib/dal/addresses";
import { cachedRegulation } from "@/lib/dal/regulations";
import type { UpdateRequestRow } from "@/lib/db/schema";
import { buildRequirementForm, type RequirementForm } from "@/lib/requirements";
import { listEvaluations, type BundleWithItems } from "@/lib/twilio";
import type { Address, Evaluation, Regulation } from "@/lib/domain/types";
import type { Translator } from "@/lib/i18n/translator";
import { keptEvaluation } from "./kept";

export interface FixForm {
  form: RequirementForm;
  addresses: Address[];
  evaluation: Evaluation | null;
  /** The evaluation was read from Twilio (none kept on the row): the caller may keep it. */
  evaluationRead: boolean;
  regulation: Regulation;
}

/**
 * The copy's latest Evaluation: the one kept on the row with the request's last check, or, for a
 * copy the portal has not checked yet (an adopted one), Twilio's newest.
 */
async function latestEvaluation(sub: string, row: UpdateRequestRow, copySid: string) {
  const kept = keptEvaluation(row);
  if (kept) return { evaluation: kept, read: false };
  const [newest] = await listEvaluations(sub, copySid, { limit: 1 });
  return { evaluation: newest ?? null, read: Boolean(newest) };
}

/**
 * The copy's generated form, from Twilio's data only: the regulation's field definitions, the
 * latest evaluation and the copy's items. The server rebuilds it to validate every submission.
 * `t` writes its titles and advice (the customer's language for the page; see save-group.ts).
 */
export async function buildFixForm(
  subaccountSid: string,
  row: UpdateRequestRow,
  copy: BundleWithItems,
  options: { freshAddresses?: boolean; editing?: ReadonlySet<string>; t: Translator<"Guidance"> },
): Promise<FixForm> {
  const regulationSid = copy.bundle.regulationSid;
  if (!regulationSid) throw new Error(`copy ${copy.bundle.sid} has no regulation`);
  const [regulation, latest, addresses] = await Promise.all([
    cachedRegulation(subaccountSid, regulationSid),
    latestEvaluation(subaccountSid, row, copy.bundle.sid),
    cachedAddresses(subaccountSid, options.freshAddresses),
  ]);
  const form = buildRequirementForm(
    {
      regulation,
      evaluation: latest.evaluation,
      endUsers: copy.endUsers,
      documents: copy.supportingDocuments,
      addresses,
      ...(options.editing ? { editing: options.editing } : {}),
    },
    options.t,
  );
  return {
    form,
    addresses,
    evaluation: latest.evaluation,
    evaluationRead: latest.read,
    regulation,
  };
}
