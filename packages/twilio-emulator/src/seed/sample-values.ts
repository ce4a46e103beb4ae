/**
 * Plausible attribute values that satisfy a regulation: used to prove the seeds are satisfiable
 * and handy for demo bundles. Pure and deterministic.
 */
import type {
  EndUser,
  EndUserRequirement,
  Regulation,
  RegulationField,
  SupportingDocument,
} from "../types";
import { deterministicSid } from "./regulation-builders";

const SAMPLES: Record<string, string> = {
  business_name: "Example Trading Ltd",
  business_registration_number: "12345678",
  business_registration_identifier: "UK:CRN",
  business_website: "https://www.example.com",
  business_description: "Software development and consulting",
  business_identity: "DIRECT_CUSTOMER",
  is_subassigned: "NO",
  first_name: "Jane",
  last_name: "Doe",
  email: "jane.doe@example.com",
  phone_number: "+441234567890",
  birth_date: "1980-01-31",
  issue_date: "2020-05-01",
  document_number: "X1234567",
  comments: "",
};

/** First listed enum value when the description lists some, else a sample by machine name. */
export function sampleValue(field: RegulationField): string {
  const enumMatch = /\[([^\]]+)\]/.exec(field.description);
  const firstEnum = enumMatch?.[1]?.split(",")[0]?.trim();
  if (/one of the following values/i.test(field.description) && firstEnum) return firstEnum;
  return SAMPLES[field.machine_name] ?? `Sample ${field.friendly_name}`;
}

export function sampleEndUserAttributes(req: EndUserRequirement): Record<string, unknown> {
  return Object.fromEntries(req.detailed_fields.map((f) => [f.machine_name, sampleValue(f)]));
}

export interface SampleItems {
  endUsers: EndUser[];
  documents: SupportingDocument[];
}

/**
 * A complete bundle's items for alternative set `setIndex`: one End-User per end-user
 * requirement and, per requirement, the first accepted document type. Documents of the same type
 * are merged into one (like a K-bis covering name, address and registration number).
 */
export function sampleBundleItems(
  reg: Regulation,
  options: { accountSid: string; addressSid: string; setIndex?: number; now?: number },
): SampleItems {
  const setIndex = options.setIndex ?? 0;
  const now = options.now ?? 0;
  const key = `${reg.sid}:v${reg.version}:${setIndex}`;
  const endUserValues = new Map<string, unknown>();
  const endUsers = reg.requirements.end_user.map((req, i): EndUser => {
    const attributes = sampleEndUserAttributes(req);
    for (const [k, v] of Object.entries(attributes))
      if (!endUserValues.has(k)) endUserValues.set(k, v);
    return {
      sid: deterministicSid("IT", `${key}:end_user:${i}`),
      account_sid: options.accountSid,
      friendly_name: `${reg.friendly_name} ${req.name}`,
      type: req.type,
      attributes,
      date_created: now,
      date_updated: now,
    };
  });
  const byType = new Map<string, SupportingDocument>();
  for (const req of reg.requirements.supporting_document[setIndex] ?? []) {
    const accepted = req.accepted_documents[0];
    if (!accepted) continue;
    let doc = byType.get(accepted.type);
    if (!doc) {
      doc = {
        sid: deterministicSid("RD", `${key}:document:${accepted.type}`),
        account_sid: options.accountSid,
        friendly_name: accepted.name,
        type: accepted.type,
        status: "draft",
        mime_type:
          accepted.fields.every((f) => f === "address_sids") && accepted.fields.length > 0
            ? null
            : "application/pdf",
        failure_reason: null,
        errors: null,
        attributes: {},
        file_size: null,
        file_sha256: null,
        date_created: now,
        date_updated: now,
      };
      byType.set(accepted.type, doc);
    }
    for (const f of accepted.detailed_fields) {
      doc.attributes[f.machine_name] =
        f.machine_name === "address_sids"
          ? [options.addressSid]
          : (endUserValues.get(f.machine_name) ?? sampleValue(f));
    }
  }
  return { endUsers, documents: [...byType.values()] };
}
