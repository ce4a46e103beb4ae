/**
 * Questions asked of a regulation while building the form: which alternative set of documents
 * applies, which requirements a document type serves, which types are address records.
 * Nothing here names a particular regulation: Twilio changes them without notice.
 */
import type {
  AcceptedDocument,
  DetailedField,
  Evaluation,
  Regulation,
  SupportingDocumentRequirement,
} from "@/lib/domain/types";
import { humanize } from "./field-kind";

/** Document types that record an address without a file ("Address Validation" and kin). */
export const ADDRESS_RECORD_TYPES: ReadonlySet<string> = new Set([
  "address",
  "business_address",
  "customer_profile_address",
]);

/** The requirement's fields in `fields` order with their details (fallback: humanized name). */
export function fieldsOf(req: {
  fields: string[];
  detailedFields: DetailedField[];
}): DetailedField[] {
  const byName = new Map(req.detailedFields.map((f) => [f.machineName, f] as const));
  const names = req.fields.length > 0 ? req.fields : req.detailedFields.map((f) => f.machineName);
  return [...new Set(names)].map(
    (name) =>
      byName.get(name) ?? { machineName: name, friendlyName: humanize(name), description: "" },
  );
}

/** Address records carry only `address_sids` and no file; other documents need an upload. */
export function needsFileFor(accepted: AcceptedDocument): boolean {
  const names = fieldsOf(accepted).map((f) => f.machineName);
  const addressOnly = names.length > 0 && names.every((n) => n === "address_sids");
  return !(addressOnly && ADDRESS_RECORD_TYPES.has(accepted.type));
}

/**
 * The alternative set the evaluation reported on: the one sharing the most requirement names
 * with its results (ties: the first set, as Twilio lists them).
 */
export function chooseDocumentSet(
  regulation: Regulation,
  evaluation: Evaluation | null,
): SupportingDocumentRequirement[] {
  const sets = regulation.requirements.supportingDocument;
  const reported = new Set(evaluation?.results.map((r) => r.requirementName) ?? []);
  let best: SupportingDocumentRequirement[] = sets[0] ?? [];
  let bestScore = -1;
  for (const set of sets) {
    const score = set.filter((req) => reported.has(req.requirementName)).length;
    if (score > bestScore) {
      best = set;
      bestScore = score;
    }
  }
  return best;
}

export function acceptedOfType(
  req: SupportingDocumentRequirement,
  type: string,
): AcceptedDocument | undefined {
  return req.acceptedDocuments.find((a) => a.type === type);
}

/** Fields of every accepted document of `type` across `requirements`, first definition wins. */
export function unionFields(
  requirements: readonly SupportingDocumentRequirement[],
  type: string,
): DetailedField[] {
  const out = new Map<string, DetailedField>();
  for (const req of requirements) {
    const accepted = acceptedOfType(req, type);
    if (!accepted) continue;
    for (const f of fieldsOf(accepted)) if (!out.has(f.machineName)) out.set(f.machineName, f);
  }
  return [...out.values()];
}

/** The most general name the requirements give `type` (the shortest: "Excerpt (K-bis)"). */
export function documentNameOf(
  requirements: readonly SupportingDocumentRequirement[],
  type: string,
): string | undefined {
  let name: string | undefined;
  for (const req of requirements) {
    const accepted = acceptedOfType(req, type);
    if (accepted?.name && (name === undefined || accepted.name.length < name.length))
      name = accepted.name;
  }
  return name;
}
