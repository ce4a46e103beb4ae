/** Evaluation of one End-User requirement against the bundle's End-Users. Pure. */
import type {
  EndUser,
  EndUserRequirement,
  EvaluationInvalidItem,
  EvaluationResult,
  RegulationField,
} from "../types";
import { checkValue, enumValues, fieldsOf, invalidItem, validItem } from "./field-checks";
import { EVAL_CODES, msg } from "./messages";
import { makeResult, pickBest } from "./result";

export interface EndUserOutcome {
  result: EvaluationResult;
  /** The End-User the entry reports on (null when none of the required type is in the bundle). */
  endUser: EndUser | null;
}

function checkField(
  field: RegulationField,
  value: unknown,
  endUserName: string,
): EvaluationInvalidItem {
  const problem = checkValue(field, value);
  const code = EVAL_CODES.endUserField;
  if (problem === "missing")
    return invalidItem(field, msg.endUserFieldMissing(field.friendly_name, endUserName), code);
  if (problem === "enum")
    return invalidItem(
      field,
      msg.endUserFieldEnum(field.friendly_name, endUserName, enumValues(field.description) ?? []),
      code,
    );
  if (problem === "format")
    return invalidItem(field, msg.endUserFieldFormat(field.friendly_name, endUserName), code);
  return validItem(field);
}

function evaluateOne(
  req: EndUserRequirement,
  attributes: Record<string, unknown> | null,
): EvaluationResult {
  const items = fieldsOf(req).map((f) => checkField(f, attributes?.[f.machine_name], req.name));
  const invalid = items.filter((i) => i.error_code !== null);
  const present = attributes !== null;
  const failed = !present || invalid.length > 0;
  return makeResult({
    friendly_name: req.name,
    object_type: req.type,
    failure_reason: !failed
      ? null
      : present
        ? msg.endUserInvalid(req.name)
        : msg.endUserMissing(req.name),
    error_code: !failed ? null : present ? EVAL_CODES.endUserField : EVAL_CODES.missingEndUser,
    // A missing End-User lists only its required fields, all invalid (as in Twilio's example).
    valid: present ? items.filter((i) => i.error_code === null) : [],
    invalid,
    requirement_friendly_name: req.name,
    requirement_name: req.requirement_name,
  });
}

/** Picks the best End-User of the requirement's type (passing first, then fewest invalid fields). */
export function evaluateEndUserRequirement(
  req: EndUserRequirement,
  endUsers: readonly EndUser[],
): EndUserOutcome {
  const candidates = endUsers
    .filter((eu) => eu.type === req.type)
    .map((eu) => ({ endUser: eu, result: evaluateOne(req, eu.attributes ?? {}) }));
  return pickBest(candidates) ?? { endUser: null, result: evaluateOne(req, null) };
}
