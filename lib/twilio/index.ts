import "server-only";

/**
 * The Twilio gateway: the only code in the app that imports `twilio`. Everything here speaks the
 * app's own types (lib/domain/types.ts) and GatewayError; vendor shapes and tokens stay inside
 * this folder.
 * (Unit tests import the individual modules: `server-only` throws outside a React server build.)
 */
export type * from "@/lib/domain/types";
export { BUNDLE_STATUSES, SUPPORTING_DOCUMENT_STATUSES } from "@/lib/domain/types";
export { GatewayError, mapTwilioError } from "./errors";
export { twilioNow } from "./clock";
export type { AppErrorCode, ErrorSurface, ErrorType, ErrorVisibility } from "./errors";
export {
  getAuthTokenForAccount,
  validateTwilioSignature,
  forgetAuthToken,
  type SignedContent,
} from "./clients";

export { listBundles, type ListBundlesQuery } from "./list-bundles";
export { fetchBundle } from "./fetch-bundle";
export {
  fetchBundleItems,
  fetchBundleWithItems,
  type BundleWithItems,
} from "./fetch-bundle-with-items";
export { listItemAssignments } from "./list-item-assignments";
export { fetchEndUser } from "./fetch-end-user";
export { fetchSupportingDocument } from "./fetch-supporting-document";
export { fetchRegulation } from "./fetch-regulation";
export { listEvaluations } from "./list-evaluations";
export { listPhoneNumbers } from "./list-phone-numbers";
export { listAddresses } from "./list-addresses";

export { createBundleCopy } from "./create-bundle-copy";
export { listBundleCopies } from "./list-bundle-copies";
export { createEvaluation } from "./create-evaluation";
export { updateBundle, type BundleUpdate } from "./update-bundle";
export { replaceItems } from "./replace-items";
export { deleteBundle } from "./delete-bundle";
export { createEndUser } from "./create-end-user";
export { updateEndUser } from "./update-end-user";
export { createSupportingDocument } from "./create-supporting-document";
export { updateSupportingDocument } from "./update-supporting-document";
export {
  uploadSupportingDocument,
  type UploadSupportingDocumentInput,
} from "./upload-supporting-document";
export { createItemAssignment } from "./create-item-assignment";
export { deleteItemAssignment } from "./delete-item-assignment";
export { createAddress, type CreateAddressInput } from "./create-address";
export { listRegulations } from "./list-regulations";
