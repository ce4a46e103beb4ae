/** The app's own shapes for Twilio data: camelCase, Dates, nulls instead of missing fields. */

export const BUNDLE_STATUSES = [
  "draft",
  "pending-review",
  "in-review",
  "twilio-rejected",
  "twilio-approved",
  "provisionally-approved",
] as const;
export type BundleStatus = (typeof BUNDLE_STATUSES)[number];

export const SUPPORTING_DOCUMENT_STATUSES = [
  "draft",
  "pending-review",
  "rejected",
  "approved",
  "expired",
  "provisionally-approved",
] as const;
export type SupportingDocumentStatus = (typeof SUPPORTING_DOCUMENT_STATUSES)[number];

export type EndUserType = "individual" | "business";
export type Attributes = Record<string, unknown>;

export interface Bundle {
  sid: string;
  accountSid: string;
  regulationSid: string | null;
  friendlyName: string;
  status: BundleStatus;
  email: string | null;
  statusCallback: string | null;
  validUntil: Date | null;
  dateCreated: Date | null;
  dateUpdated: Date | null;
}

export interface EndUser {
  sid: string;
  friendlyName: string;
  type: EndUserType;
  attributes: Attributes;
  dateCreated: Date | null;
  dateUpdated: Date | null;
}

export interface SupportingDocument {
  sid: string;
  friendlyName: string;
  type: string;
  status: SupportingDocumentStatus;
  mimeType: string | null;
  failureReason: string | null;
  errors: { code: number }[];
  attributes: Attributes;
  dateCreated: Date | null;
  dateUpdated: Date | null;
}

export interface ItemAssignment {
  sid: string;
  bundleSid: string;
  objectSid: string;
  /** From the SID prefix: IT… End-User, RD… Supporting Document. */
  objectKind: "end_user" | "supporting_document" | "other";
  dateCreated: Date | null;
}

export interface EvaluationFieldResult {
  objectField: string;
  friendlyName: string;
  failureReason: string | null;
  errorCode: number | null;
}

export interface EvaluationRequirementResult {
  requirementName: string;
  requirementFriendlyName: string;
  friendlyName: string;
  objectType: string;
  passed: boolean;
  failureReason: string | null;
  errorCode: number | null;
  valid: EvaluationFieldResult[];
  invalid: EvaluationFieldResult[];
}

export interface Evaluation {
  sid: string;
  bundleSid: string;
  regulationSid: string | null;
  status: "compliant" | "noncompliant";
  results: EvaluationRequirementResult[];
  dateCreated: Date | null;
}

export interface DetailedField {
  machineName: string;
  friendlyName: string;
  description: string;
  /** Present only when fetched with includeConstraints; "" marks an optional field. */
  constraint?: string;
}

export interface EndUserRequirement {
  name: string;
  type: string;
  requirementName: string;
  url: string | null;
  fields: string[];
  detailedFields: DetailedField[];
}

export interface AcceptedDocument {
  name: string;
  type: string;
  url: string | null;
  fields: string[];
  detailedFields: DetailedField[];
}

export interface SupportingDocumentRequirement {
  name: string;
  type: string;
  requirementName: string;
  description: string;
  acceptedDocuments: AcceptedDocument[];
}

export interface Regulation {
  sid: string;
  friendlyName: string;
  isoCountry: string;
  numberType: string;
  endUserType: EndUserType;
  requirements: {
    endUser: EndUserRequirement[];
    /** Outer array: alternative sets (any one); inner array: requirements that must all be met. */
    supportingDocument: SupportingDocumentRequirement[][];
  };
}

export interface Address {
  sid: string;
  accountSid: string;
  customerName: string;
  friendlyName: string | null;
  street: string;
  streetSecondary: string | null;
  city: string;
  region: string;
  postalCode: string;
  isoCountry: string;
  validated: boolean;
  verified: boolean;
}

export interface PhoneNumber {
  sid: string;
  phoneNumber: string;
  friendlyName: string | null;
  bundleSid: string | null;
}

export interface Account {
  sid: string;
  friendlyName: string;
  status: "active" | "suspended" | "closed";
}

export interface Paged<T> {
  items: T[];
  page: number;
  pageSize: number;
  /** Opaque cursors: pass back to the same list operation to move between pages. */
  nextPageUrl: string | null;
  previousPageUrl: string | null;
}
