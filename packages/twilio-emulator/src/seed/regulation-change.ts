/**
 * A regulation change: the next version of a regulation with one more requirement. Pure; the
 * input regulation is never mutated.
 */
import type { DocumentRequirement, Regulation, RegulationField } from "../types";
import { F, acceptedDocument, documentRequirement } from "./regulation-builders";

export interface RegulationChange {
  /** Appended to every alternative set of supporting documents. */
  requirement?: DocumentRequirement;
  /** Added to every end-user requirement (replacing a field with the same machine name). */
  endUserField?: RegulationField;
}

/**
 * Returns `reg` with `version + 1` and the change applied. Without a change, a default one is
 * chosen (see `defaultChange`). When both `requirement` and `endUserField` are given, both apply.
 */
export function applyRegulationChange(reg: Regulation, change?: RegulationChange): Regulation {
  const next = structuredClone(reg);
  next.version = reg.version + 1;
  const effective =
    change && (change.requirement || change.endUserField) ? change : defaultChange(reg);
  if (effective.endUserField) {
    const added = effective.endUserField;
    for (const eu of next.requirements.end_user) {
      const at = eu.detailed_fields.findIndex((f) => f.machine_name === added.machine_name);
      if (at >= 0) eu.detailed_fields[at] = { ...added };
      else eu.detailed_fields.push({ ...added });
      if (!eu.fields.includes(added.machine_name)) eu.fields.push(added.machine_name);
    }
  }
  if (effective.requirement) {
    const sets = next.requirements.supporting_document;
    if (sets.length === 0) sets.push([]);
    for (const set of sets) {
      const copy = structuredClone(effective.requirement);
      const at = set.findIndex((r) => r.requirement_name === copy.requirement_name);
      if (at >= 0) set[at] = copy;
      else set.push(copy);
    }
  }
  return next;
}

/**
 * Default change, in order of preference:
 * 1. a business regulation whose end-user has no *required* `business_website` → make it required;
 * 2. an individual regulation without a required `email` → add a required `email`;
 * 3. otherwise a new document requirement absent from every set: `business_reg_no_info` for
 *    business, `proof_of_identity_info` for individual; finally a versioned
 *    `additional_verification_info_v<N>` (letter of authorization with the representative's name).
 */
export function defaultChange(reg: Regulation): RegulationChange {
  const required = (name: string) =>
    reg.requirements.end_user.some((eu) =>
      eu.detailed_fields.some((f) => f.machine_name === name && f.constraint !== ""),
    );
  if (reg.end_user_type === "business" && !required("business_website")) {
    return { endUserField: F.businessWebsite() };
  }
  if (reg.end_user_type === "individual" && !required("email")) {
    return { endUserField: F.email("Email") };
  }
  const present = new Set(
    reg.requirements.supporting_document.flat().map((r) => r.requirement_name),
  );
  const candidate =
    reg.end_user_type === "business" ? businessRegistrationRequirement() : identityRequirement();
  if (!present.has(candidate.requirement_name)) return { requirement: candidate };
  return { requirement: additionalVerification(reg.version + 1) };
}

function businessRegistrationRequirement(): DocumentRequirement {
  return documentRequirement(
    "business_reg_no_info",
    "Business Registration Number",
    "Official proof of the business registration number.",
    [
      acceptedDocument("business_registration", "Business registration certificate", [
        F.businessRegNo("Registration number shown on the certificate"),
      ]),
    ],
  );
}

function identityRequirement(): DocumentRequirement {
  return documentRequirement(
    "proof_of_identity_info",
    "Photo Identification",
    "A valid, unexpired photo ID.",
    [
      acceptedDocument("passport", "Passport", [
        F.firstName("First Name", "First name as shown on the passport"),
        F.lastName("Last Name", "Last name as shown on the passport"),
      ]),
    ],
  );
}

function additionalVerification(version: number): DocumentRequirement {
  return documentRequirement(
    `additional_verification_info_v${version}`,
    "Letter of Authorization",
    "A signed letter authorizing the use of the phone number, naming the authorized representative.",
    [
      acceptedDocument("letter_of_authorization", "Signed letter of authorization", [
        F.firstName("First Name", "First name of the signatory"),
        F.lastName("Last Name", "Last name of the signatory"),
      ]),
    ],
  );
}
