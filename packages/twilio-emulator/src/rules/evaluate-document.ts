/** Evaluation of one Supporting Document requirement against the bundle's documents. Pure. */
import type {
  AcceptedDocument,
  DocumentRequirement,
  EvaluationInvalidItem,
  EvaluationResult,
  RegulationField,
  SupportingDocument,
} from "../types";
import {
  checkValue,
  enumValues,
  fieldsOf,
  invalidItem,
  isOptional,
  listValue,
  textValue,
  validItem,
} from "./field-checks";
import { EVAL_CODES, msg } from "./messages";
import { makeResult, pickBest } from "./result";

/** An End-User attribute a document field must repeat exactly ("same exact inputs"). */
export interface SharedField {
  /** The End-User's trimmed value; "" when the End-User is missing or the field is empty. */
  value: string;
  /** The End-User requirement's display name, e.g. "Business" ("…within Business information"). */
  endUserName: string;
}

export interface DocumentContext {
  /** End-User fields by machine name (from the regulation's end-user requirements). */
  shared: ReadonlyMap<string, SharedField>;
  /** Address SIDs of the bundle's account; when given, every `address_sids` entry must be in it. */
  addressSids?: ReadonlySet<string>;
}

/**
 * Requirements about a person other than the End-User (the holder of a power of attorney, a
 * beneficial owner): their name fields are not compared with the End-User, and a missing one
 * uses Twilio's short wording ("The First Name is missing on the Government-issued ID.").
 */
export const OTHER_PERSON_REQUIREMENTS: ReadonlySet<string> = new Set([
  "name_in_power_of_attorney_info",
  "name_of_ben_owner_info",
  "address_of_ben_owner_proof_info",
]);

function checkAddress(
  field: RegulationField,
  value: unknown,
  docName: string,
  known?: ReadonlySet<string>,
): EvaluationInvalidItem {
  if (isOptional(field)) return validItem(field);
  const sids = listValue(value);
  if (!sids) return invalidItem(field, msg.addressMissing(docName), EVAL_CODES.address);
  const unknown = known ? sids.find((sid) => !known.has(sid)) : undefined;
  if (unknown !== undefined)
    return invalidItem(field, msg.addressUnknown(unknown, docName), EVAL_CODES.address);
  return validItem(field);
}

function checkField(
  field: RegulationField,
  value: unknown,
  docName: string,
  req: DocumentRequirement,
  ctx: DocumentContext,
): EvaluationInvalidItem {
  if (field.machine_name === "address_sids")
    return checkAddress(field, value, docName, ctx.addressSids);
  const code = EVAL_CODES.documentField;
  const name = field.friendly_name;
  const otherPerson = OTHER_PERSON_REQUIREMENTS.has(req.requirement_name);
  const shared = otherPerson ? undefined : ctx.shared.get(field.machine_name);
  if (shared && !isOptional(field)) {
    const text = textValue(value);
    if (text === "" || (shared.value !== "" && text !== shared.value)) {
      return invalidItem(field, msg.documentFieldMismatch(name, shared.endUserName, docName), code);
    }
  }
  const problem = checkValue(field, value);
  if (problem === "missing") {
    const short = otherPerson && ctx.shared.has(field.machine_name);
    return invalidItem(
      field,
      short ? msg.documentFieldMissingOn(name, docName) : msg.documentFieldMissing(name, docName),
      code,
    );
  }
  if (problem === "enum")
    return invalidItem(
      field,
      msg.documentFieldEnum(name, docName, enumValues(field.description) ?? []),
      code,
    );
  if (problem === "format") return invalidItem(field, msg.documentFieldFormat(name, docName), code);
  return validItem(field);
}

function evaluateOne(
  req: DocumentRequirement,
  accepted: AcceptedDocument,
  doc: SupportingDocument | null,
  ctx: DocumentContext,
): EvaluationResult {
  const items = fieldsOf(accepted).map((f) =>
    checkField(f, doc?.attributes?.[f.machine_name], accepted.name, req, ctx),
  );
  const invalid = items.filter((i) => i.error_code !== null);
  const first = invalid[0];
  let failure_reason: string | null = null;
  let error_code: number | null = null;
  if (!doc) {
    failure_reason = msg.documentMissing(accepted.name);
    error_code = EVAL_CODES.missingDocument;
  } else if (doc.status === "rejected") {
    failure_reason = doc.failure_reason ?? msg.documentRejected(accepted.name);
    error_code = doc.errors?.[0]?.code ?? EVAL_CODES.missingDocument;
  } else if (first) {
    failure_reason = msg.documentInvalid(accepted.name);
    error_code = first.error_code;
  }
  return makeResult({
    friendly_name: accepted.name,
    object_type: accepted.type,
    failure_reason,
    error_code,
    valid: doc ? items.filter((i) => i.error_code === null) : [],
    invalid,
    requirement_friendly_name: req.name,
    requirement_name: req.requirement_name,
  });
}

/**
 * Tries every bundle document whose type is accepted by the requirement (one document may
 * satisfy several requirements) and reports the best: passing, then not rejected, then fewest
 * invalid fields, then bundle order. No candidate → "missing" entry for the first accepted type.
 */
export function evaluateDocumentRequirement(
  req: DocumentRequirement,
  documents: readonly SupportingDocument[],
  ctx: DocumentContext,
): EvaluationResult {
  const candidates: Array<{ result: EvaluationResult; penalty: number }> = [];
  for (const doc of documents) {
    for (const accepted of req.accepted_documents) {
      if (accepted.type !== doc.type) continue;
      candidates.push({
        result: evaluateOne(req, accepted, doc, ctx),
        penalty: doc.status === "rejected" ? 1 : 0,
      });
    }
  }
  const best = pickBest(candidates);
  if (best) return best.result;
  const firstAccepted = req.accepted_documents[0];
  if (!firstAccepted) {
    // A requirement without accepted documents cannot be met; report it as a missing document.
    return makeResult({
      friendly_name: req.name,
      object_type: "document",
      failure_reason: msg.documentMissing(req.name),
      error_code: EVAL_CODES.missingDocument,
      valid: [],
      invalid: [],
      requirement_friendly_name: req.name,
      requirement_name: req.requirement_name,
    });
  }
  return evaluateOne(req, firstAccepted, null, ctx);
}
