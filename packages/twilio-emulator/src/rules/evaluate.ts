/**
 * The emulator's bundle evaluation: a pure function from a regulation and a bundle's items to
 * Twilio's Evaluation `status` and `results`.
 *
 * - One entry per End-User requirement, then one per document requirement of the chosen
 *   alternative set (outer `supporting_document` array = alternatives, inner = all required).
 * - The chosen set is the first one that passes entirely, else the one with the fewest failing
 *   entries (ties: the first).
 * - `status` is "compliant" iff every reported entry passed.
 * Entry-level codes: 22214 missing End-User; 22215 End-User present with invalid fields;
 * 22216 missing document (or rejected document without its own error code); for a present
 * document with invalid fields, the code of its first invalid field (22217 or 22219).
 */
import type { EndUser, EvaluationResult, Regulation, SupportingDocument } from "../types";
import { evaluateDocumentRequirement, type SharedField } from "./evaluate-document";
import { evaluateEndUserRequirement } from "./evaluate-end-user";
import { textValue } from "./field-checks";

export interface EvaluateBundleInput {
  regulation: Regulation;
  endUsers: EndUser[];
  documents: SupportingDocument[];
  /** Address SIDs owned by the bundle's account; omit to skip the ownership check. */
  addressSids?: Set<string>;
}

export interface BundleEvaluation {
  status: "compliant" | "noncompliant";
  results: EvaluationResult[];
}

export function evaluateBundle(input: EvaluateBundleInput): BundleEvaluation {
  const { regulation, endUsers, documents, addressSids } = input;
  const shared = new Map<string, SharedField>();
  const endUserResults: EvaluationResult[] = [];
  for (const req of regulation.requirements.end_user) {
    const outcome = evaluateEndUserRequirement(req, endUsers);
    endUserResults.push(outcome.result);
    for (const name of req.fields) {
      if (shared.has(name)) continue;
      shared.set(name, {
        value: textValue(outcome.endUser?.attributes?.[name]),
        endUserName: req.name,
      });
    }
  }

  const ctx = { shared, addressSids };
  let chosen: EvaluationResult[] = [];
  let chosenFailures = Number.POSITIVE_INFINITY;
  for (const set of regulation.requirements.supporting_document) {
    const results = set.map((req) => evaluateDocumentRequirement(req, documents, ctx));
    const failures = results.filter((r) => !r.passed).length;
    if (failures < chosenFailures) {
      chosen = results;
      chosenFailures = failures;
    }
    if (failures === 0) break;
  }

  const results = [...endUserResults, ...chosen];
  return { status: results.every((r) => r.passed) ? "compliant" : "noncompliant", results };
}
