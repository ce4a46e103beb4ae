/** Shared lookups for building the form's groups from one evaluation. */
import type {
  Address,
  EndUser,
  Evaluation,
  EvaluationFieldResult,
  EvaluationRequirementResult,
  Regulation,
  SupportingDocument,
} from "@/lib/domain/types";
import type { Translator } from "@/lib/i18n/translator";
import { EVALUATION_CODES } from "./guidance";

export interface BuildFormInput {
  regulation: Regulation;
  /** The latest evaluation of the bundle; null when none was run (presence is all we know). */
  evaluation: Evaluation | null;
  endUsers: EndUser[];
  documents: SupportingDocument[];
  /** The account's addresses: address values outside this list are flagged. */
  addresses: Address[];
  /**
   * Items (End-User or document SIDs) to offer as sections even though they pass: the review's
   * "Edit" links. Only the bundle's own items can become sections, so any SID is safe here.
   */
  editing?: ReadonlySet<string>;
}

/** An End-User value a document must repeat exactly, and the group that holds it. */
export interface SharedValue {
  value: string;
  groupId: string;
}

export interface BuildContext extends BuildFormInput {
  /** The customer's language for titles and advice. */
  t: Translator<"Guidance">;
  results: ReadonlyMap<string, EvaluationRequirementResult>;
  shared: Map<string, SharedValue>;
  addressSids: ReadonlySet<string>;
  passed: string[];
}

export function buildContext(input: BuildFormInput, t: Translator<"Guidance">): BuildContext {
  const results = new Map<string, EvaluationRequirementResult>();
  for (const r of input.evaluation?.results ?? [])
    if (!results.has(r.requirementName)) results.set(r.requirementName, r);
  return {
    ...input,
    t,
    results,
    shared: new Map(),
    addressSids: new Set(input.addresses.map((a) => a.sid)),
    passed: [],
  };
}

/** Failed fields by machine name across `results` (first report wins). */
export function failuresOf(
  results: ReadonlyArray<EvaluationRequirementResult | undefined>,
): Map<string, EvaluationFieldResult> {
  const out = new Map<string, EvaluationFieldResult>();
  for (const r of results)
    for (const item of r?.invalid ?? [])
      if (!out.has(item.objectField)) out.set(item.objectField, item);
  return out;
}

/** Records a passing requirement's friendly name once. */
export function markPassed(ctx: BuildContext, result: EvaluationRequirementResult): void {
  const name = result.requirementFriendlyName || result.friendlyName || result.requirementName;
  if (!ctx.passed.includes(name)) ctx.passed.push(name);
}

/** An address value naming an address the account does not have, as an evaluation would. */
export function unknownAddressFailure(
  value: string | string[],
  ctx: BuildContext,
  field: { machineName: string; friendlyName: string },
): EvaluationFieldResult | undefined {
  if (!Array.isArray(value) || ctx.addresses.length === 0) return undefined;
  const unknown = value.find((sid) => !ctx.addressSids.has(sid));
  if (unknown === undefined) return undefined;
  return {
    objectField: field.machineName,
    friendlyName: field.friendlyName,
    failureReason: "The address could not be found on this account.",
    errorCode: EVALUATION_CODES.address,
  };
}
