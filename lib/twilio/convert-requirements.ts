import {
  asRaw,
  dateOrNull,
  get,
  numberOrNull,
  objects,
  oneOf,
  requiredString,
  stringArray,
  stringOr,
  stringOrNull,
  type Raw,
} from "./read-fields";
import type {
  AcceptedDocument,
  DetailedField,
  EndUserRequirement,
  Evaluation,
  EvaluationFieldResult,
  EvaluationRequirementResult,
  Regulation,
  SupportingDocumentRequirement,
} from "@/lib/domain/types";

/**
 * Evaluations and Regulations carry nested snake_case JSON that the SDK passes through untyped
 * (`results: any[]`, `requirements: any`); these converters give it a shape.
 */

function toFieldResult(raw: Raw): EvaluationFieldResult {
  return {
    objectField: stringOr(raw, "objectField", ""),
    friendlyName: stringOr(raw, "friendlyName", ""),
    failureReason: stringOrNull(raw, "failureReason"),
    errorCode: numberOrNull(raw, "errorCode"),
  };
}

function toRequirementResult(raw: Raw): EvaluationRequirementResult {
  return {
    requirementName: stringOr(raw, "requirementName", ""),
    requirementFriendlyName: stringOr(raw, "requirementFriendlyName", ""),
    friendlyName: stringOr(raw, "friendlyName", ""),
    objectType: stringOr(raw, "objectType", ""),
    passed: get(raw, "passed") === true,
    failureReason: stringOrNull(raw, "failureReason"),
    errorCode: numberOrNull(raw, "errorCode"),
    valid: objects(get(raw, "valid")).map(toFieldResult),
    invalid: objects(get(raw, "invalid")).map(toFieldResult),
  };
}

export function toEvaluation(value: unknown): Evaluation {
  const raw = asRaw(value, "evaluation");
  return {
    sid: requiredString(raw, "sid", "evaluation"),
    bundleSid: requiredString(raw, "bundleSid", "evaluation"),
    regulationSid: stringOrNull(raw, "regulationSid"),
    status: oneOf(raw, "status", ["compliant", "noncompliant"] as const, "evaluation"),
    results: objects(get(raw, "results")).map(toRequirementResult),
    dateCreated: dateOrNull(raw, "dateCreated"),
  };
}

function toDetailedField(raw: Raw): DetailedField {
  const field: DetailedField = {
    machineName: stringOr(raw, "machineName", ""),
    friendlyName: stringOr(raw, "friendlyName", ""),
    description: stringOr(raw, "description", ""),
  };
  const constraint = get(raw, "constraint");
  if (typeof constraint === "string") field.constraint = constraint;
  return field;
}

function toEndUserRequirement(raw: Raw): EndUserRequirement {
  return {
    name: stringOr(raw, "name", ""),
    type: stringOr(raw, "type", ""),
    requirementName: stringOr(raw, "requirementName", ""),
    url: stringOrNull(raw, "url"),
    fields: stringArray(raw, "fields"),
    detailedFields: objects(get(raw, "detailedFields")).map(toDetailedField),
  };
}

function toAcceptedDocument(raw: Raw): AcceptedDocument {
  return {
    name: stringOr(raw, "name", ""),
    type: stringOr(raw, "type", ""),
    url: stringOrNull(raw, "url"),
    fields: stringArray(raw, "fields"),
    detailedFields: objects(get(raw, "detailedFields")).map(toDetailedField),
  };
}

function toDocumentRequirement(raw: Raw): SupportingDocumentRequirement {
  return {
    name: stringOr(raw, "name", ""),
    type: stringOr(raw, "type", ""),
    requirementName: stringOr(raw, "requirementName", ""),
    description: stringOr(raw, "description", ""),
    acceptedDocuments: objects(get(raw, "acceptedDocuments")).map(toAcceptedDocument),
  };
}

/** `supporting_document` is an array of arrays; a flat array (seen in some captures) is one set. */
function toDocumentSets(value: unknown): SupportingDocumentRequirement[][] {
  if (!Array.isArray(value)) return [];
  if (value.every((v) => !Array.isArray(v))) {
    const flat = objects(value).map(toDocumentRequirement);
    return flat.length ? [flat] : [];
  }
  return value.filter(Array.isArray).map((set) => objects(set).map(toDocumentRequirement));
}

export function toRegulation(value: unknown): Regulation {
  const raw = asRaw(value, "regulation");
  const requirements = get(raw, "requirements");
  const req: Raw = requirements && typeof requirements === "object" ? (requirements as Raw) : {};
  return {
    sid: requiredString(raw, "sid", "regulation"),
    friendlyName: stringOr(raw, "friendlyName", ""),
    isoCountry: stringOr(raw, "isoCountry", ""),
    numberType: stringOr(raw, "numberType", ""),
    endUserType: oneOf(raw, "endUserType", ["individual", "business"] as const, "regulation"),
    requirements: {
      endUser: objects(get(req, "endUser")).map(toEndUserRequirement),
      supportingDocument: toDocumentSets(get(req, "supportingDocument")),
    },
  };
}
