/**
 * The emulator's stored model. Field names follow Twilio's wire names (snake_case) so that
 * serializers stay thin; dates are kept as epoch milliseconds and formatted at the edge.
 */

export type BundleStatus =
  | "draft"
  | "pending-review"
  | "in-review"
  | "twilio-rejected"
  | "twilio-approved"
  | "provisionally-approved";

export type EndUserType = "individual" | "business";
export type NumberType = "local" | "mobile" | "national" | "toll-free";

export type SupportingDocumentStatus =
  "draft" | "pending-review" | "rejected" | "approved" | "expired" | "provisionally-approved";

/** One field of a requirement, as Regulations return it in `detailed_fields`. */
export interface RegulationField {
  machine_name: string;
  friendly_name: string;
  description: string;
  /**
   * Twilio's `constraint` (only shown with IncludeConstraints=true). "String", "List", a regex
   * such as "^\\+[1-9]\\d{1,14}$", or "" for an optional field.
   */
  constraint: string;
}

export interface EndUserRequirement {
  name: string;
  type: EndUserType;
  requirement_name: string;
  url: string;
  fields: string[];
  detailed_fields: RegulationField[];
}

export interface AcceptedDocument {
  name: string;
  /** SupportingDocumentType machine name, e.g. "commercial_registrar_excerpt". */
  type: string;
  url: string;
  fields: string[];
  detailed_fields: RegulationField[];
}

export interface DocumentRequirement {
  name: string;
  type: "document";
  requirement_name: string;
  description: string;
  accepted_documents: AcceptedDocument[];
}

export interface RegulationRequirements {
  end_user: EndUserRequirement[];
  /** Outer array: alternative sets (any one suffices); inner array: all required. */
  supporting_document: DocumentRequirement[][];
}

export interface Regulation {
  sid: string;
  friendly_name: string;
  iso_country: string;
  number_type: NumberType;
  end_user_type: EndUserType;
  requirements: RegulationRequirements;
  /** Bumped by a regulation change; a bundle evaluated against an older version fails ReplaceItems (22228). */
  version: number;
}

export interface Account {
  sid: string;
  friendly_name: string;
  auth_token: string;
  owner_account_sid: string;
  status: "active" | "suspended" | "closed";
  type: "Trial" | "Full";
  date_created: number;
  date_updated: number;
}

export interface ApiKey {
  sid: string;
  secret: string;
  account_sid: string;
  friendly_name: string;
}

export interface Bundle {
  sid: string;
  account_sid: string;
  regulation_sid: string;
  friendly_name: string;
  status: BundleStatus;
  email: string;
  status_callback: string | null;
  valid_until: number | null;
  date_created: number;
  date_updated: number;
  /** SID of the original when this bundle is a Bundle Copy. */
  copy_of: string | null;
  is_test: boolean;
  /** Regulation version the bundle's items were last checked against. */
  regulation_version: number;
}

export interface EndUser {
  sid: string;
  account_sid: string;
  friendly_name: string;
  type: EndUserType;
  attributes: Record<string, unknown>;
  date_created: number;
  date_updated: number;
  /** SID of the End-User this one was deep-copied from (Bundle Copies). */
  copied_from?: string | null;
}

export interface SupportingDocument {
  sid: string;
  account_sid: string;
  friendly_name: string;
  type: string;
  status: SupportingDocumentStatus;
  mime_type: string | null;
  failure_reason: string | null;
  errors: Array<{ code: number }> | null;
  attributes: Record<string, unknown>;
  /** Size in bytes of the uploaded file; the file itself is not kept (Twilio never returns it). */
  file_size: number | null;
  file_sha256: string | null;
  date_created: number;
  date_updated: number;
  /** SID of the Supporting Document this one was deep-copied from (Bundle Copies). */
  copied_from?: string | null;
}

export interface ItemAssignment {
  sid: string;
  bundle_sid: string;
  account_sid: string;
  object_sid: string;
  date_created: number;
}

export interface EvaluationInvalidItem {
  friendly_name: string;
  object_field: string;
  failure_reason: string | null;
  error_code: number | null;
}

export interface EvaluationResult {
  friendly_name: string;
  object_type: string;
  passed: boolean;
  failure_reason: string | null;
  error_code: number | null;
  valid: EvaluationInvalidItem[];
  invalid: EvaluationInvalidItem[];
  requirement_friendly_name: string;
  requirement_name: string;
}

export interface Evaluation {
  sid: string;
  account_sid: string;
  regulation_sid: string;
  bundle_sid: string;
  status: "compliant" | "noncompliant";
  results: EvaluationResult[];
  date_created: number;
}

export interface Address {
  sid: string;
  account_sid: string;
  customer_name: string;
  friendly_name: string | null;
  street: string;
  street_secondary: string | null;
  city: string;
  region: string;
  postal_code: string;
  iso_country: string;
  emergency_enabled: boolean;
  validated: boolean;
  verified: boolean;
  date_created: number;
  date_updated: number;
}

export interface IncomingPhoneNumber {
  sid: string;
  account_sid: string;
  phone_number: string;
  friendly_name: string;
  iso_country: string;
  type: NumberType;
  bundle_sid: string | null;
  address_sid: string | null;
  address_requirements: "none" | "any" | "local" | "foreign";
  date_created: number;
  date_updated: number;
}

export type ReviewMode = { mode: "manual" } | { mode: "auto"; delay_seconds: number };

/** The whole persisted state. */
export interface EmulatorState {
  version: 1;
  review_mode: ReviewMode;
  /** Emulator clock offset in ms, so tests can move time forward (valid_until expiry). */
  clock_offset_ms: number;
  /** Status callbacks on or off, and their shape (control API). */
  callbacks?: { enabled: boolean; format: "get-pascal" | "post-snake" | "post-pascal" };
  accounts: Account[];
  api_keys: ApiKey[];
  regulations: Regulation[];
  bundles: Bundle[];
  end_users: EndUser[];
  supporting_documents: SupportingDocument[];
  item_assignments: ItemAssignment[];
  evaluations: Evaluation[];
  addresses: Address[];
  incoming_phone_numbers: IncomingPhoneNumber[];
}
