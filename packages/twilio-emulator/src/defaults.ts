/**
 * Behaviour Twilio does not document, in one table (twilio-domain.md §15). Each row is the
 * emulator's current guess; correct it here when real Twilio is observed to differ.
 */
export const EMULATOR_DEFAULTS = {
  /** Submitting a bundle whose evaluation is noncompliant. Message seen in the wild; status/code not captured. */
  submitNoncompliant: { status: 400, code: 20001, message: "Bundle is not regulatory compliant" },
  /** Any status change other than draft/twilio-rejected → pending-review requested through the API. */
  invalidStatusTransition: { status: 400, code: 20001 },
  /** Assigning or removing items while the bundle is not editable. */
  itemsNotEditable: { status: 400, code: 20001 },
  /** Statuses in which items may change: drafts, and rejected bundles being fixed for resubmission. */
  editableStatuses: ["draft", "twilio-rejected"] as const,
  /** Statuses from which the customer may submit (`Status=pending-review`). */
  submittableStatuses: ["draft", "twilio-rejected"] as const,
  /** Status callbacks: form-encoded, snake_case keys (the guide's example), retried on failure. */
  callback: { attempts: 4, backoffMs: [0, 500, 2000, 5000], timeoutMs: 5000 },
  /** Copy of a bundle: keeps the original's valid_until; friendly name = given or the original's. */
  copyKeepsValidUntil: true,
  /** Attributes on update: replaced whole (the SDK always sends the full JSON object). */
  attributesUpdate: "replace" as const,
  /** Upload limits: 5 MB, PDF/JPEG/PNG (the stricter of the sources). */
  upload: { maxBytes: 5 * 1024 * 1024, mimeTypes: ["application/pdf", "image/jpeg", "image/png"] },
  uploadTooLarge: { status: 413, code: 20001 },
  uploadBadType: { status: 415, code: 20001 },
  /** Paging. */
  paging: { defaultPageSize: 50, maxPageSize: 1000 },
  /** `tollfree` is accepted as a spelling of `toll-free` in filters. */
  numberTypeAliases: { tollfree: "toll-free" } as Record<string, string>,
  /** Days a regulation change gives customers before approved bundles expire, when not given. */
  regulationChangeGraceDays: 30,
  /** Automatic review: split the delay between pending-review → in-review and the decision. */
  autoReviewInReviewFraction: 0.5,
  /** Failure code set on supporting documents at fault when a review rejects without explicit codes. */
  defaultRejectionCode: 18050,
} as const;
