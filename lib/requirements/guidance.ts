/**
 * Plain-language advice for what Twilio's evaluation or review reported. Customers never see
 * error codes or Twilio's vocabulary ("End-User", "Supporting Document", "bundle", "sid"):
 * the codes pick the sentence; Twilio's own reason is only a fallback, and is reworded first.
 * Codes: https://www.twilio.com/docs/api/errors (22214–22219 evaluation, 18xxx document review).
 */
import type { EndUserType } from "@/lib/domain/types";

export interface GuidanceInput {
  errorCode: number | null;
  /** The field's label; without it the advice is about the whole item. */
  fieldLabel?: string;
  /** The kind of document (or kinds, "A or B") the advice is about. */
  documentName?: string;
  /** Twilio's failure reason: used to refine the advice and as the fallback text. */
  failureReason?: string | null;
  /** True when the document's value differs from the business details; overrides the text. */
  mismatch?: boolean;
  /** False for an address record that needs no file. */
  needsFile?: boolean;
  endUserType?: EndUserType;
}

export const EVALUATION_CODES = {
  missingEndUser: 22214,
  endUserField: 22215,
  missingDocument: 22216,
  documentField: 22217,
  documentMismatch: 22218,
  address: 22219,
} as const;

export const REJECTION_CODES = {
  invalidSubmission: 18001,
  expiredDocument: 18003,
  outdatedProofOfAddress: 18022,
  documentIssue: 18050,
} as const;

const REWORDINGS: Array<[RegExp, string]> = [
  [/\b(?:the\s+)?regulatory\s+bundles?\b/gi, "this registration"],
  [/\bbundles?\b/gi, "registration"],
  [/\bsupporting\s+documents?\b/gi, "document"],
  [/\bon the (?:business|individual) information\b/gi, "in your details"],
  [/\bwithin (?:business|individual) information\b/gi, "in your details"],
  [/\b(?:an?|the)\s+(?:business\s+|individual\s+)?end[- ]?user\s+is\b/gi, "your details are"],
  [/\b(?:an?\s+|the\s+)?(?:business\s+|individual\s+)?end[- ]?users?\b/gi, "your details"],
  [/\baddress\s+AD[0-9a-f]{32}\b/gi, "address"],
  [/\bAD[0-9a-f]{32}\b/gi, "the address"],
  [/\bsid\(s\)|\bsids?\b/gi, ""],
  [/\bTwilio\b/g, "the reviewer"],
  [/\(?\b(?:error\s+code|error|code)\s*:?\s*\d{5}\b\)?/gi, ""],
];

/** Twilio's own wording with its jargon replaced, for showing as a fallback or reviewer's note. */
/** Twilio's "not in the required format" (not "information", which also contains "format"). */
const FORMAT_PROBLEM =
  /\b(?:required|expected|correct|valid|invalid)\s+format\b|\bnot\s+in\s+the\s+\w+\s+format\b/i;

export function plainReason(text: string | null | undefined): string {
  let out = (text ?? "").trim();
  for (const [re, replacement] of REWORDINGS) out = out.replace(re, replacement);
  out = out
    .replace(/\s{2,}/g, " ")
    .replace(/\s+([.,;:])/g, "$1")
    .trim();
  return out.charAt(0).toUpperCase() + out.slice(1);
}

function detailsNoun(type?: EndUserType): string {
  return type === "individual" ? "personal details" : "business details";
}

function the(label: string): string {
  return /^(the|your)\b/i.test(label) ? label : `the ${label}`;
}

function withNote(sentence: string, reason?: string | null): string {
  const note = plainReason(reason);
  return note ? `${sentence} Reviewer's note: “${note}”` : sentence;
}

function endUserAdvice(input: GuidanceInput): string {
  const { fieldLabel: label, failureReason: reason } = input;
  if (!label)
    return `Some of your ${detailsNoun(input.endUserType)} are missing or need correcting. Check the highlighted fields.`;
  if (reason && /not one of the accepted values/i.test(reason))
    return `Choose one of the listed options for ${the(label)}.`;
  if (reason && FORMAT_PROBLEM.test(reason))
    return `${capital(the(label))} is not in the expected format. Check it and enter it again.`;
  return `Enter ${the(label)}. This registration needs it.`;
}

function documentFieldAdvice(input: GuidanceInput): string {
  const doc = input.documentName ? `your ${input.documentName}` : "the document";
  const label = input.fieldLabel;
  const mismatch =
    input.mismatch ?? (!!input.failureReason && /does not match/i.test(input.failureReason));
  if (!label)
    return `Some details of ${doc} are missing or do not match your ${detailsNoun(input.endUserType)}. Check the highlighted fields.`;
  if (mismatch)
    return `${capital(the(label))} on ${doc} does not match the one in your ${detailsNoun(input.endUserType)}. Make them the same, exactly as printed on the document.`;
  if (input.failureReason && FORMAT_PROBLEM.test(input.failureReason))
    return `${capital(the(label))} is not in the expected format. Enter it exactly as shown on ${doc}.`;
  return `Enter ${the(label)} exactly as shown on ${doc}.`;
}

function addressAdvice(input: GuidanceInput): string {
  const doc = input.documentName ? `your ${input.documentName}` : "the document";
  if (input.failureReason && /could not be found|unknown|not found/i.test(input.failureReason))
    return `The address given is not one of your saved addresses. Choose the address shown on ${doc} from your addresses.`;
  return `Choose the address shown on ${doc}.`;
}

function missingDocumentAdvice(input: GuidanceInput): string {
  const name = input.documentName ?? "document";
  if (input.needsFile === false)
    return `Choose the address to use for this registration (${name}).`;
  return `This registration needs a document: ${name}. Upload a clear, complete copy and fill in the details shown on it.`;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function guidanceFor(input: GuidanceInput): string {
  const reason = input.failureReason ?? null;
  switch (input.errorCode) {
    case EVALUATION_CODES.missingEndUser:
      return input.fieldLabel
        ? endUserAdvice(input)
        : `Your ${detailsNoun(input.endUserType)} are missing from this registration. Fill in the form below.`;
    case EVALUATION_CODES.endUserField:
      return endUserAdvice(input);
    case EVALUATION_CODES.missingDocument:
      return input.fieldLabel ? documentFieldAdvice(input) : missingDocumentAdvice(input);
    case EVALUATION_CODES.documentField:
      return documentFieldAdvice(input);
    case EVALUATION_CODES.documentMismatch:
      return documentFieldAdvice({ ...input, mismatch: input.fieldLabel ? true : input.mismatch });
    case EVALUATION_CODES.address:
      return addressAdvice(input);
    case REJECTION_CODES.invalidSubmission:
      return withNote(
        "The reviewer could not accept this document. Upload a complete, readable copy whose details match your business details.",
        reason,
      );
    case REJECTION_CODES.expiredDocument:
      return withNote(
        "This document has expired or is not valid. Upload a current, valid document.",
        reason,
      );
    case REJECTION_CODES.outdatedProofOfAddress:
      return withNote(
        `The reviewer needs a more recent ${input.documentName ?? "document"}. Upload one issued recently that shows your current address.`,
        reason,
      );
    case REJECTION_CODES.documentIssue:
      return withNote(
        "The reviewer found an issue with this document. Upload a corrected, complete and readable copy.",
        reason,
      );
    default: {
      const subject = input.fieldLabel ?? input.documentName;
      const sentence = subject
        ? `${capital(the(subject))} needs your attention.`
        : "This item needs your attention.";
      const note = plainReason(reason);
      return note ? `${sentence} Details: ${note}` : sentence;
    }
  }
}
