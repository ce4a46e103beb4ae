/**
 * Behaviour Twilio does not document, in one table (twilio-domain.md §15, twilio-evidence.md).
 * Every row says where it comes from: a URL, an issue or a fixture, or "assumed: …" with the
 * reason ("emulator-only: …" for knobs of the control API, which Twilio has no equivalent of).
 * The assumed rows are the emulator's guesses, listed in the README for a team with a Twilio
 * account to check first; correct a row here when real Twilio is observed to differ.
 */
const ERRORS = "https://www.twilio.com/docs/api/errors";
const GUIDE =
  "https://www.twilio.com/docs/phone-numbers/regulatory/getting-started/api-getting-started-compliance-information-update";

export const EMULATOR_DEFAULTS = {
  refusalStatus: {
    status: 400,
    source:
      "assumed: Twilio's error pages give no HTTP status for any 22xxx/21xxx code; 400 as for 20001 validation errors (twilio/twilio-python#395 shows 400 with 20001)",
  },
  submitNoncompliant: {
    status: 400,
    code: 20001,
    message: "Bundle is not regulatory compliant",
    source:
      "assumed: the message is seen in third-party code against live Twilio; its status and code were not captured",
  },
  invalidStatusTransition: {
    status: 400,
    code: 20001,
    source:
      "assumed: no code is published for a status change other than draft/twilio-rejected → pending-review",
  },
  itemsNotEditable: {
    status: 400,
    code: 20001,
    source:
      "assumed: no code is published for assigning or removing items of a Bundle that is not a draft",
  },
  editableStatuses: {
    value: ["draft", "twilio-rejected"] as const,
    source:
      "assumed: drafts are editable (Copies page: a copy is 'a mutable state'); a rejected Bundle is fixed and resubmitted through the API",
  },
  submittableStatuses: {
    value: ["draft", "twilio-rejected"] as const,
    source: "assumed: as editableStatuses; the customer only ever asks for pending-review",
  },
  approvedItemsImmutable: {
    status: 400,
    code: 20001,
    source:
      "assumed: an End-User or Supporting Document assigned to a Bundle that is not editable is refused, not sent back to review; no code exists for it (the Copies page calls a copy 'a mutable state', the Supporting Document status table lets only drafts be edited); twilio-evidence.md §5",
  },
  copyValidUntil: {
    value: "none" as "none" | "original",
    source: `assumed: a copy has no valid_until (it is reviewed against the current regulation); the guide's step-8 callback for the approved copy carries no valid_until (${GUIDE})`,
  },
  replaceFromUsedCopy: {
    code: 22224,
    source: `assumed: the guide says the copy 'no longer has any Item Assignments and thus is no longer usable' after ReplaceItems (${GUIDE}); 22224 is the code for a FromBundleSid that cannot transfer items (${ERRORS}/22224)`,
  },
  addressImmutableInCopy: {
    code: 22229,
    source: `${ERRORS}/22229 ('Supporting Document Bundle Assignment cannot be removed'; 'the Address is immutable'); assumed: raised when the assignment is deleted or address_sids change, not only at ReplaceItems`,
  },
  copyWithDeletedAddress: {
    code: 22230,
    source: `${ERRORS}/22230 ('Regulatory Bundle cannot be copied due to a deleted Address')`,
  },
  addressDeleteWhenLinked: {
    value: "allowed" as const,
    source:
      "assumed: 21630 guards updates of an Address linked to a verified document; deletes are allowed, since 22230 exists for a Bundle whose Address was deleted",
  },
  testBundle: {
    code: 18099,
    reason: "Rejected test bundle",
    source: `${ERRORS}/18099 and the spec's IsTest ('will be Auto-Rejected'); assumed: rejected right after submission, whatever the review mode`,
  },
  expiry: {
    failureReason: "The bundle was not updated before its valid_until date.",
    source:
      "assumed: an approved Bundle past its valid_until becomes twilio-rejected with this reason (22601 'Rejected due to outdated regulatory information' has a title only)",
  },
  callback: {
    format: "get-pascal" as CallbackFormat,
    source:
      "twilio/twilio-php#861 (2025): a GET with bodySHA256 (twice), AccountSid, BundleSid, Status, FailureReason as query parameters, User-Agent TwilioProxy/1.1",
  },
  callbackBodyHash: {
    value: "sha256 of the empty body",
    source:
      "assumed: #861's bodySHA256 is not the hash of an empty body or of '{}' and what it hashes is unknown; the emulator hashes the body it sends (empty), so twilio-node's validateRequestWithBody(token, signature, url, '') holds",
  },
  callbackRetry: {
    attempts: 4,
    backoffMs: [0, 500, 2000, 5000],
    timeoutMs: 5000,
    source: "assumed: Twilio does not document retries of Bundle status callbacks",
  },
  attributesUpdate: {
    value: "replace" as const,
    source:
      "assumed: Attributes on update replace the whole object (the SDK always sends the full JSON)",
  },
  upload: {
    maxBytes: 10 * 1024 * 1024,
    mimeTypes: ["application/pdf", "image/jpeg", "image/png"] as const,
    source:
      "https://www.twilio.com/docs/phone-numbers/document-apis (the sibling Documents API: image or PDF, at most 10 MB); assumed: the same holds for Supporting Documents, for which no limit is published",
  },
  uploadTooLarge: {
    status: 413,
    code: 20413,
    source: `assumed: ${ERRORS}/20413 'Request Entity Too Large' is Twilio's generic code; none is published for regulatory uploads`,
  },
  uploadBadType: {
    status: 415,
    code: 12301,
    source: `assumed: ${ERRORS}/12301 'Invalid Upload Content-Type' is Twilio's generic upload code; the content's magic bytes must match the declared type`,
  },
  paging: {
    defaultPageSize: 50,
    maxPageSize: 1000,
    source: "spec/twilio-oai/twilio_numbers_v2.json (PageSize: minimum 1, maximum 1000)",
  },
  pageWithoutToken: {
    status: 400,
    code: 20001,
    message: "PageToken is required for paging.",
    source:
      "twilio/twilio-python#395 (Page>0 without a PageToken answers 400/20001); the spec calls Page 'simply for client state'",
  },
  invalidPageToken: {
    status: 400,
    code: 21481,
    message: "Invalid PageToken",
    source: `${ERRORS}/21481; assumed: a stale token (its row left the list, e.g. deleted or no longer matching the filter) is invalid too`,
  },
  numberTypeAliases: {
    value: { tollfree: "toll-free" } as Record<string, string>,
    source: "spec/twilio-oai/twilio_numbers_v2.json (its own JP example URL uses tollfree)",
  },
  requirementUrls: {
    value: "/EndUserTypes/{type}, /SupportingDocumentTypes/{type}",
    source:
      "live output in third-party code (tigerfarm/work php/pRegulationsFetch1.php, a JP capture); the spec's canned example shows /Regulations/individual and /DocumentTypes/address",
  },
  regulationChangeGraceDays: {
    value: 30,
    source:
      "emulator-only: days a control-API regulation change gives approved Bundles before they expire, when the call gives none",
  },
  autoReviewInReviewFraction: {
    value: 0.5,
    source: "emulator-only: splits the automatic review delay into its two steps",
  },
  defaultRejectionCode: {
    value: 18050,
    source: `${ERRORS}/18050; assumed as the code on documents at fault when a review gives none`,
  },
  evaluationsKept: {
    value: 20,
    source:
      "assumed: Twilio does not say how long Evaluations are kept; the emulator keeps each Bundle's latest 20",
  },
  dateHeader: {
    value: "the emulator's clock",
    source:
      "https://www.rfc-editor.org/rfc/rfc9110#section-6.6.1 (Date is the origin server's clock); emulator-only: its clock is the one POST /_emulator/clock moves, so clients reading Twilio's time from Date follow simulated days",
  },
} as const;

export type CallbackFormat = "get-pascal" | "post-snake" | "post-pascal";

/** The rows whose source is an assumption: what a team with a Twilio account should check first. */
export function assumedDefaults(): string[] {
  return Object.entries(EMULATOR_DEFAULTS)
    .filter(([, row]) => row.source.startsWith("assumed") || row.source.includes("; assumed"))
    .map(([name]) => name);
}
