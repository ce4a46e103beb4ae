/**
 * The generated form model for the "fix your compliance data" wizard. Built from Twilio data by
 * `buildRequirementForm`, rendered by components/forms, validated by `schemaForGroup` on both
 * sides. Plain data only (serialisable from a server component to a client one).
 */
import type { EndUserType } from "@/lib/domain/types";

export const FIELD_KINDS = [
  "text",
  "email",
  "url",
  "phone",
  "date",
  "enum",
  "address",
  "textarea",
] as const;
export type FieldKind = (typeof FIELD_KINDS)[number];

/** What a regulation's field definition says about the input to render. */
export interface FieldSpec {
  kind: FieldKind;
  required: boolean;
  /** Exact accepted values (enum only), as Twilio lists them (upper-case matters). */
  options?: string[];
  /** Twilio's regex constraint, when it gave one. */
  pattern?: string;
  placeholder?: string;
  /** Twilio's description without the enum list and the "optional" note; may be "". */
  hint: string;
}

export interface FieldMismatch {
  field: string;
  endUserValue: string;
  documentValue: string;
  /** The group holding the business details (it may be absent from `groups` when they passed). */
  endUserGroupId: string;
}

/** Twilio's own reason, reworded (English), shown after the advice as a note or its details. */
export interface GuidanceNote {
  kind: "reviewer" | "details";
  text: string;
}

export interface FieldDescriptor {
  /** Twilio's machine name, the attribute key. */
  name: string;
  /** Twilio's friendly name (English: shown with lang="en"). */
  label: string;
  /** Twilio's description (English), unless `descriptionIsOurs` (then the customer's language). */
  description: string;
  descriptionIsOurs?: boolean;
  kind: FieldKind;
  required: boolean;
  options?: string[];
  pattern?: string;
  placeholder?: string;
  /** Current value; `address_sids` is a list of Address SIDs. */
  value: string | string[];
  failed: boolean;
  errorCode: number | null;
  /** Plain-language advice for a failed field, in the customer's language. */
  guidance: string | null;
  /** Twilio's reason beside the advice, reworded but in English (lib/requirements/guidance.ts). */
  guidanceNote?: GuidanceNote;
  /** Address fields: the Bundle's country (ISO code), the new-address form's default. */
  country?: string;
  mismatch?: FieldMismatch;
  /**
   * The value cannot change in an update: the Address of a document carried over from the
   * approved Bundle (Twilio's 22229, "the Address is immutable"). Shown, not offered for editing.
   */
  locked?: string;
}

export interface DocumentTypeOption {
  type: string;
  name: string;
  /** False for address-only records ("address validation"), which carry no file. */
  needsFile: boolean;
  fields: FieldDescriptor[];
}

export interface GroupRequirement {
  name: string;
  friendlyName: string;
  description?: string;
}

export type GroupKind = "end_user" | "supporting_document";
export type GroupAction = "update" | "create";

export interface FormGroup {
  /** Stable: end_user:<IT…>, document:<RD…>, new_end_user:<req>, new_document:<req>. */
  id: string;
  kind: GroupKind;
  action: GroupAction;
  objectSid: string | null;
  title: string;
  requirements: GroupRequirement[];
  /** Plain-language advice, in the customer's language. */
  guidance: string | null;
  guidanceNote?: GuidanceNote;
  documentTypes: DocumentTypeOption[];
  needsFile: boolean;
  /**
   * Set on a document a reviewer rejected; `reason` is the reviewer's note in plain words,
   * `isNew` when earlier review rounds did not give it (lib/requirements/rejections.ts).
   */
  rejection?: { reason: string; code: number | null; isNew?: boolean; sameAsAbove?: boolean };
  /** Offered only because the customer chose "Edit" in the review: it passes as it is. */
  openedToEdit?: boolean;
  /** End-User groups: the type to create or update. */
  endUserType?: EndUserType;
  /** For a create document group, the fields of `documentTypes[0]`. */
  fields: FieldDescriptor[];
}

export interface RequirementForm {
  compliant: boolean;
  groups: FormGroup[];
  /** Friendly names of the requirements that already pass. */
  passedRequirements: string[];
}
