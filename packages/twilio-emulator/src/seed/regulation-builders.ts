/**
 * Small builders for the seeded regulations: deterministic SIDs, Twilio's absolute URLs and the
 * common field definitions reused across countries. Pure; no state.
 */
import { createHash } from "node:crypto";
import type {
  AcceptedDocument,
  DocumentRequirement,
  EndUserRequirement,
  EndUserType,
  NumberType,
  Regulation,
  RegulationField,
} from "../types";

export const RC_BASE_URL = "https://numbers.twilio.com/v2/RegulatoryCompliance";

/** Twilio-shaped SID: two-letter prefix + 32 lowercase hex chars derived from a stable key. */
export function deterministicSid(prefix: string, key: string): string {
  return prefix + createHash("sha256").update(key).digest("hex").slice(0, 32);
}

export function regulationSid(
  isoCountry: string,
  numberType: NumberType,
  endUserType: EndUserType,
): string {
  return deterministicSid(
    "RN",
    `regulation:${isoCountry.toUpperCase()}:${numberType}:${endUserType}`,
  );
}

/** Constraints used by the seeds (see RegulationField.constraint). */
export const C = {
  string: "String",
  list: "List",
  optional: "",
  e164: "^\\+[1-9]\\d{1,14}$",
  isoDate: "^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$",
} as const;

export function field(
  machine_name: string,
  friendly_name: string,
  description: string,
  constraint: string = C.string,
): RegulationField {
  return { machine_name, friendly_name, description, constraint };
}

export function endUserRequirement(
  type: EndUserType,
  detailed_fields: RegulationField[],
  options: { name?: string; requirement_name?: string } = {},
): EndUserRequirement {
  const name = options.name ?? (type === "business" ? "Business" : "Individual");
  return {
    name,
    type,
    requirement_name: options.requirement_name ?? `${type}_info`,
    url: `${RC_BASE_URL}/EndUserTypes/${type}`,
    fields: detailed_fields.map((f) => f.machine_name),
    detailed_fields,
  };
}

export function acceptedDocument(
  type: string,
  name: string,
  detailed_fields: RegulationField[],
): AcceptedDocument {
  return {
    name,
    type,
    url: `${RC_BASE_URL}/SupportingDocumentTypes/${type}`,
    fields: detailed_fields.map((f) => f.machine_name),
    detailed_fields,
  };
}

export function documentRequirement(
  requirement_name: string,
  name: string,
  description: string,
  accepted_documents: AcceptedDocument[],
): DocumentRequirement {
  return { name, type: "document", requirement_name, description, accepted_documents };
}

const NUMBER_TYPE_LABEL: Record<NumberType, string> = {
  local: "Local",
  mobile: "Mobile",
  national: "National",
  "toll-free": "Toll-Free",
};

export function regulation(input: {
  country: string;
  iso_country: string;
  number_type: NumberType;
  end_user: EndUserRequirement;
  supporting_document: DocumentRequirement[][];
}): Regulation {
  const endUserType = input.end_user.type;
  return {
    sid: regulationSid(input.iso_country, input.number_type, endUserType),
    friendly_name: `${input.country}: ${NUMBER_TYPE_LABEL[input.number_type]} - ${endUserType === "business" ? "Business" : "Individual"}`,
    iso_country: input.iso_country,
    number_type: input.number_type,
    end_user_type: endUserType,
    requirements: { end_user: [input.end_user], supporting_document: input.supporting_document },
    version: 1,
  };
}

/* ---- Field definitions shared by several regulations ---- */

export const F = {
  businessName: (description = "Name of the business as registered with the authorities") =>
    field("business_name", "Business Name", description),
  businessRegNo: (description = "Registration number issued by the business registry") =>
    field("business_registration_number", "Business Registration Number", description),
  businessWebsite: (constraint: string = C.string) =>
    field(
      "business_website",
      "Business Website",
      constraint === C.optional
        ? "Website of the business, e.g. https://www.example.com. This is an optional field."
        : "Website of the business, e.g. https://www.example.com",
      constraint,
    ),
  firstName: (
    friendly = "First Name",
    description = "First name of the Authorized Representative",
  ) => field("first_name", friendly, description),
  lastName: (friendly = "Last Name", description = "Last name of the Authorized Representative") =>
    field("last_name", friendly, description),
  email: (friendly = "Email", constraint: string = C.string) =>
    field(
      "email",
      friendly,
      constraint === C.optional
        ? "Contact e-mail address. This is an optional field."
        : "Contact e-mail address",
      constraint,
    ),
  comments: () =>
    field("comments", "Comments (Optional)", "This is an optional field.", C.optional),
  birthDate: (description = "Date of birth in the format YYYY-MM-DD") =>
    field("birth_date", "Date of Birth", description, C.isoDate),
  addressSids: (
    friendly = "Address sid(s)",
    description = "Address sid(s) of the address shown on the document",
  ) => field("address_sids", friendly, description, C.list),
  documentNumber: (description = "Number of the document") =>
    field("document_number", "Document Number", description),
  issueDate: () =>
    field(
      "issue_date",
      "Issue Date",
      "Date the document was issued, in the format YYYY-MM-DD",
      C.isoDate,
    ),
  businessIdentity: () =>
    field(
      "business_identity",
      "Business Classification",
      "Choose any one of the following values: [DIRECT_CUSTOMER, INDEPENDENT_SOFTWARE_VENDOR].",
    ),
  isSubassigned: () =>
    field(
      "is_subassigned",
      "Is this number being assigned to the end customer ?",
      "Choose any one of the following values : [YES, NO].",
    ),
} as const;
