/**
 * Twilio error code / HTTP status → our error code, whether users see the message, and the
 * plain message they see. Codes and meanings: twilio-domain.md §3–§9 (Twilio's error catalogue).
 * `surface: "caller"` means "the kind of thing the caller asked for" (e.g. not_found:bundle).
 */
import type {
  AnyErrorCode,
  ErrorSurface,
  ErrorType,
  ErrorVisibility,
  MessageKey,
} from "@/lib/errors";

export type { ErrorSurface, ErrorType, ErrorVisibility };
/** The codes the gateway produces: the registry's vocabulary (lib/errors.ts). */
export type AppErrorCode = AnyErrorCode;

export interface ErrorRule {
  type: ErrorType;
  surface: ErrorSurface | "caller";
  visibility: ErrorVisibility;
  retryable: boolean;
  message: string;
  /** The message in the catalog (messages/<locale>/Errors.json), for the reader's language. */
  key?: MessageKey;
}

const rule = (
  type: ErrorType,
  surface: ErrorRule["surface"],
  visibility: ErrorVisibility,
  message: string,
  retryable = false,
): ErrorRule => ({ type, surface, visibility, retryable, message, key: keyOfMessage(message) });

export const GENERIC_MESSAGE = "Something went wrong on our side. Please try again later.";
const BUSY = "The service is busy right now. Please try again in a moment.";
const DOWN = "Twilio can't be reached right now. Please try again in a few minutes.";
const LOCKED_BUNDLE = "This bundle can't be changed in its current state.";
const BAD_DOC = "This document could not be saved. Please check the details and try again.";

/**
 * Each message the table shows, by its key in the catalog's `Errors.twilio` (issue 16). A message
 * without a key is shown in English; lib/i18n/errors.test.ts checks every one has a key.
 */
const MESSAGE_KEYS: Record<string, string> = {
  [GENERIC_MESSAGE]: "generic",
  [BUSY]: "busy",
  [DOWN]: "down",
  [LOCKED_BUNDLE]: "lockedBundle",
  [BAD_DOC]: "badDocument",
  "We couldn't connect to your phone-number account. Please contact support.": "noConnection",
  "We couldn't find that item.": "notFound",
  "That page of the list is no longer available. Showing the list from the start.": "staleCursor",
  "This address could not be verified. Please check it and try again.": "addressUnverified",
  "This address could not be verified. Please check the suggested corrections.":
    "addressCorrections",
  "This address is used by an approved document and can't be changed. Add a new address instead.":
    "addressInUse",
  "These details are still used by a bundle and can't be removed.": "endUserInUse",
  "This document is still used by a bundle and can't be removed.": "documentInUse",
  "This document is being reviewed and can't be removed.": "documentInReview",
  "This bundle is being reviewed and can't be removed.": "bundleInReview",
  "This bundle still has phone numbers and can't be removed.": "bundleHasNumbers",
  "That item could not be added to this bundle.": "itemNotAdded",
  "Some required details are still missing from this bundle.": "detailsMissing",
  "A required document is still missing from this bundle.": "documentMissing",
  "A document is missing details or doesn't match the details you entered.": "documentIncomplete",
  "A document doesn't match the details you entered.": "documentMismatch",
  "An address is missing from a document in this bundle.": "addressMissing",
  "Only approved bundles with an expiry date can be updated.": "notUpdatable",
  "The updated bundle must be approved before it can replace the original.": "copyNotApproved",
  "The updated bundle could not be found.": "copyMissing",
  "The updated bundle doesn't meet the latest requirements yet. Please start a new update.":
    "copyOutdated",
  "The address on a document can't change during an update. Please keep the original address.":
    "addressLocked",
  "This Bundle can't be updated because an address it uses was deleted. Please contact support to set up a new Bundle.":
    "addressDeleted",
  "This item can't be changed in its current state.": "lockedItem",
  "This file is too large. Please upload a file under 5 MB.": "fileTooLarge",
  "This file type isn't supported. Please upload a PDF, JPEG or PNG.": "fileType",
};

/** The catalog key of one of the table's messages (undefined: shown as written). */
export function keyOfMessage(message: string): MessageKey | undefined {
  const key = MESSAGE_KEYS[message];
  return key ? { key: `twilio.${key}` } : undefined;
}

export const TWILIO_CODE_RULES: Readonly<Record<number, ErrorRule>> = {
  20001: rule("invalid_request", "twilio", "log", GENERIC_MESSAGE),
  20003: rule(
    "unauthorized",
    "twilio",
    "log",
    "We couldn't connect to your phone-number account. Please contact support.",
  ),
  20004: rule("invalid_request", "twilio", "log", GENERIC_MESSAGE),
  20404: rule("not_found", "caller", "user", "We couldn't find that item."),
  20429: rule("rate_limited", "twilio", "user", BUSY, true),
  20500: rule("unavailable", "twilio", "user", DOWN, true),
  // A page token Twilio no longer honours (a stale or garbled cursor): start from page one.
  21481: rule(
    "invalid_request",
    "cursor",
    "user",
    "That page of the list is no longer available. Showing the list from the start.",
  ),
  21628: rule(
    "invalid_request",
    "address",
    "user",
    "This address could not be verified. Please check it and try again.",
  ),
  21629: rule(
    "invalid_request",
    "address",
    "user",
    "This address could not be verified. Please check the suggested corrections.",
  ),
  21630: rule(
    "conflict",
    "address",
    "user",
    "This address is used by an approved document and can't be changed. Add a new address instead.",
  ),
  21644: rule(
    "conflict",
    "end_user",
    "user",
    "These details are still used by a bundle and can't be removed.",
  ),
  21645: rule(
    "conflict",
    "supporting_document",
    "user",
    "This document is still used by a bundle and can't be removed.",
  ),
  21646: rule(
    "conflict",
    "supporting_document",
    "user",
    "This document is being reviewed and can't be removed.",
  ),
  21647: rule("conflict", "bundle", "user", "This bundle is being reviewed and can't be removed."),
  21648: rule(
    "conflict",
    "bundle",
    "user",
    "This bundle still has phone numbers and can't be removed.",
  ),
  22200: rule("invalid_request", "bundle", "log", GENERIC_MESSAGE),
  22201: rule("invalid_request", "bundle", "log", GENERIC_MESSAGE),
  22202: rule("invalid_request", "bundle", "log", GENERIC_MESSAGE),
  22203: rule("invalid_request", "bundle", "log", GENERIC_MESSAGE),
  22204: rule("invalid_request", "bundle", "log", GENERIC_MESSAGE),
  22205: rule(
    "invalid_request",
    "item_assignment",
    "user",
    "That item could not be added to this bundle.",
  ),
  22206: rule("invalid_request", "item_assignment", "log", GENERIC_MESSAGE),
  22207: rule("invalid_attributes", "twilio", "log", GENERIC_MESSAGE),
  22208: rule("invalid_request", "supporting_document", "log", BAD_DOC),
  22209: rule("invalid_request", "supporting_document", "log", BAD_DOC),
  22210: rule("invalid_request", "supporting_document", "log", BAD_DOC),
  22211: rule("invalid_request", "supporting_document", "log", BAD_DOC),
  22214: rule(
    "noncompliant",
    "bundle",
    "user",
    "Some required details are still missing from this bundle.",
  ),
  22215: rule(
    "noncompliant",
    "bundle",
    "user",
    "Some required details are still missing from this bundle.",
  ),
  22216: rule(
    "noncompliant",
    "bundle",
    "user",
    "A required document is still missing from this bundle.",
  ),
  22217: rule(
    "noncompliant",
    "bundle",
    "user",
    "A document is missing details or doesn't match the details you entered.",
  ),
  22218: rule(
    "noncompliant",
    "bundle",
    "user",
    "A document doesn't match the details you entered.",
  ),
  22219: rule(
    "noncompliant",
    "bundle",
    "user",
    "An address is missing from a document in this bundle.",
  ),
  22223: rule(
    "conflict",
    "bundle",
    "user",
    "Only approved bundles with an expiry date can be updated.",
  ),
  22224: rule(
    "conflict",
    "bundle",
    "user",
    "The updated bundle must be approved before it can replace the original.",
  ),
  22225: rule("conflict", "bundle", "user", "The updated bundle could not be found."),
  22226: rule("conflict", "bundle", "log", LOCKED_BUNDLE),
  22227: rule("conflict", "bundle", "log", LOCKED_BUNDLE),
  22228: rule(
    "conflict",
    "bundle",
    "user",
    "The updated bundle doesn't meet the latest requirements yet. Please start a new update.",
  ),
  22229: rule(
    "conflict",
    "bundle",
    "user",
    "The address on a document can't change during an update. Please keep the original address.",
  ),
  22230: rule(
    "conflict",
    "bundle",
    "user",
    "This Bundle can't be updated because an address it uses was deleted. Please contact support to set up a new Bundle.",
  ),
};

/**
 * What the customer was trying to do, per surface, so an outage reads "we couldn't load your
 * addresses" rather than naming a service they never heard of (issue 10 R5).
 */
const WHAT_FAILED: Partial<Record<ErrorSurface, string>> = {
  bundle: "reach your Bundle",
  end_user: "save your business or personal details",
  supporting_document: "save the document",
  item_assignment: "add the item to your update",
  evaluation: "check your details",
  regulation: "load the current requirements",
  address: "load or save your addresses",
  phone_number: "load your phone numbers",
  account: "reach your account",
  upload: "upload the file",
  cursor: "load the list",
};

/** The outage message for a surface (unavailable, timed out or busy). */
export function outageMessage(
  kind: "unavailable" | "timeout" | "rate_limited",
  surface: ErrorSurface,
) {
  const what = WHAT_FAILED[surface];
  const lead =
    kind === "rate_limited"
      ? "Twilio is busy right now"
      : kind === "timeout"
        ? "Twilio took too long to answer"
        : "Twilio can't be reached right now";
  return what
    ? `${lead}, so we couldn't ${what}. Nothing you entered is lost; please try again in a few minutes.`
    : `${lead}. Nothing you entered is lost; please try again in a few minutes.`;
}

/** Used when the Twilio code is absent or not in the table. */
export function ruleForStatus(status: number | undefined): ErrorRule {
  if (status === 401) return TWILIO_CODE_RULES[20003]!;
  if (status === 403)
    return rule(
      "forbidden",
      "twilio",
      "log",
      "We couldn't connect to your phone-number account. Please contact support.",
    );
  if (status === 404) return TWILIO_CODE_RULES[20404]!;
  if (status === 409)
    return rule("conflict", "caller", "user", "This item can't be changed in its current state.");
  if (status === 413)
    return rule(
      "invalid_request",
      "upload",
      "user",
      "This file is too large. Please upload a file under 5 MB.",
    );
  if (status === 415)
    return rule(
      "invalid_request",
      "upload",
      "user",
      "This file type isn't supported. Please upload a PDF, JPEG or PNG.",
    );
  if (status === 429) return TWILIO_CODE_RULES[20429]!;
  if (status !== undefined && status >= 500) return TWILIO_CODE_RULES[20500]!;
  if (status !== undefined && status >= 400)
    return rule("invalid_request", "twilio", "log", GENERIC_MESSAGE);
  return rule("unknown", "twilio", "log", GENERIC_MESSAGE);
}

const NOUNS: Partial<Record<ErrorSurface, string>> = {
  bundle: "bundle",
  end_user: "business or personal details",
  supporting_document: "document",
  item_assignment: "bundle item",
  evaluation: "check result",
  regulation: "requirement set",
  address: "address",
  phone_number: "phone number",
  account: "account",
};

export function notFoundKey(surface: ErrorSurface): MessageKey {
  return { key: "notFound", values: { thing: NOUNS[surface] ? surface : "other" } };
}

export function outageKey(
  kind: "unavailable" | "timeout" | "rate_limited",
  surface: ErrorSurface,
): MessageKey {
  return { key: "outage", values: { kind, what: WHAT_FAILED[surface] ? surface : "other" } };
}

export function notFoundMessage(surface: ErrorSurface): string {
  const noun = NOUNS[surface];
  return noun ? `We couldn't find that ${noun}.` : "We couldn't find that item.";
}
