/**
 * Twilio's regulation + evaluation + items → the wizard's field descriptors → zod schemas.
 * Pure: no I/O, safe on the client and the server.
 */
export * from "./types";
export { describeField, fieldLabel, isOptionalField, parseEnumValues } from "./field-kind";
export {
  EVALUATION_CODES,
  REJECTION_CODES,
  guidanceFor,
  guidanceParts,
  plainReason,
  type GuidanceInput,
  type GuidanceParts,
} from "./guidance";
export { buildRequirementForm, type BuildFormInput } from "./build-form";
export { reviewItems, type ReviewField, type ReviewFile, type ReviewItem } from "./review";
export { placeReasons, sameReason, type PlacedReasons } from "./rejections";
export { addressLabel, addressOptions, type AddressOption } from "./address-options";
export {
  documentTypeSchema,
  fieldSchema,
  parseGroupSubmission,
  schemaForGroup,
  type GroupSubmission,
  type GroupValues,
  type SchemaOptions,
  type ValidationT,
} from "./schema";
export { mergeAttributes, submittedFields } from "./merge";
export {
  UPLOAD_ACCEPT,
  UPLOAD_RULES,
  checkUpload,
  missingFile,
  uploadHint,
  fileRule,
  type FileRule,
  type UploadCandidate,
} from "./upload-rules";
export {
  attributeChanges,
  changedFieldLabels,
  diffItems,
  onlyEdited,
  type DiffValue,
  type FieldChange,
  type ItemDiff,
  type ItemRef,
  type ItemsDiff,
  type ItemSet,
} from "./diff";
