/**
 * Evaluation message templates. The wording follows Twilio's Evaluation examples where they exist
 * (missing End-User, missing End-User field, missing document, document field / mismatch,
 * missing address); the remaining ones (format, enum, unknown address, entry-level summaries,
 * rejected document) are the emulator's own, phrased in the same style.
 */

/** Error codes the evaluation engine emits. */
export const EVAL_CODES = {
  missingEndUser: 22214,
  endUserField: 22215,
  missingDocument: 22216,
  documentField: 22217,
  address: 22219,
} as const;

/** "An" before a vowel letter, "A" otherwise ("An Excerpt…", "A Government-issued ID"). */
export function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? "An" : "A"} ${noun}`;
}

function lowerArticle(noun: string): string {
  return withArticle(noun).replace(/^A/, "a");
}

export const msg = {
  // entry level
  endUserMissing: (endUser: string) =>
    `${withArticle(endUser)} End-User is missing. Please add one to the regulatory bundle.`,
  endUserInvalid: (endUser: string) =>
    `The ${endUser} End-User is missing information or has invalid information. Please correct the fields listed as invalid on the ${endUser} information.`,
  documentMissing: (doc: string) =>
    `${withArticle(doc)} is missing. Please add one to the regulatory bundle.`,
  documentInvalid: (doc: string) =>
    `The ${doc} is missing information or does not match the End-User. Please correct the fields listed as invalid.`,
  documentRejected: (doc: string) =>
    `The ${doc} was rejected. Please remove it and add a new one to the regulatory bundle.`,

  // end-user fields (22215)
  endUserFieldMissing: (field: string, endUser: string) =>
    `The ${field} is missing. Please enter in ${lowerArticle(field)} on the ${endUser} information.`,
  endUserFieldFormat: (field: string, endUser: string) =>
    `The ${field} is not in the required format. Please enter in a valid ${field} on the ${endUser} information.`,
  endUserFieldEnum: (field: string, endUser: string, values: readonly string[]) =>
    `The ${field} is not one of the accepted values. Please enter in one of [${values.join(", ")}] as the ${field} on the ${endUser} information.`,

  // document fields (22217)
  documentFieldMissing: (field: string, doc: string) =>
    `The ${field} is missing. Please enter in the ${field} shown on the ${doc}.`,
  documentFieldMismatch: (field: string, endUser: string, doc: string) =>
    `The ${field} is missing. Or, it does not match the ${field} you entered within ${endUser} information. Please enter in the ${field} shown on the ${doc} or make sure both ${field} fields use the same exact inputs.`,
  /** Used for requirements about another person (e.g. the one granted a power of attorney). */
  documentFieldMissingOn: (field: string, doc: string) => `The ${field} is missing on the ${doc}.`,
  documentFieldFormat: (field: string, doc: string) =>
    `The ${field} is not in the required format. Please enter in the ${field} shown on the ${doc}.`,
  documentFieldEnum: (field: string, doc: string, values: readonly string[]) =>
    `The ${field} is not one of the accepted values. Please enter in one of [${values.join(", ")}] as the ${field} shown on the ${doc}.`,

  // addresses (22219)
  addressMissing: (doc: string) =>
    `The Address is missing. Please enter in the address shown on the ${doc}.`,
  addressUnknown: (sid: string, doc: string) =>
    `The Address ${sid} could not be found on this account. Please enter in the address shown on the ${doc}.`,
} as const;
