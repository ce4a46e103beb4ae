/**
 * Plain-language advice for what Twilio's evaluation or review reported. Customers never see
 * error codes or Twilio's vocabulary ("End-User", "Supporting Document", "bundle", "sid"):
 * the codes pick the sentence; Twilio's own reason is only a fallback, and is reworded first.
 * Codes: https://www.twilio.com/docs/api/errors (22214–22219 evaluation, 18xxx document review).
 *
 * The advice is in the customer's language (the "Guidance" catalog, issue 16); Twilio's own
 * reason stays in Twilio's English, reworded by `plainReason`, and is kept apart (`note`) so the
 * page can mark it lang="en" beside the translated advice.
 */
import type { EndUserType } from "@/lib/domain/types";
import type { Translator } from "@/lib/i18n/translator";

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

type T = Translator<"Guidance">;

/** The ICU arguments that name the details ("business details") and the document. */
function details(input: GuidanceInput) {
  return { type: input.endUserType === "individual" ? "individual" : "business" } as const;
}

function doc(input: GuidanceInput) {
  return input.documentName
    ? ({ hasDoc: "yes", doc: input.documentName } as const)
    : ({ hasDoc: "no", doc: "" } as const);
}

/** The advice in the customer's language, and Twilio's reason (English) when it is shown too. */
export interface GuidanceParts {
  advice: string;
  /** Twilio's reason, reworded (`plainReason`), still in English: shown with lang="en". */
  note: { kind: "reviewer" | "details"; text: string } | null;
}

function endUserAdvice(input: GuidanceInput, t: T): string {
  const { fieldLabel: label, failureReason: reason } = input;
  if (!label) return t("endUser.someFields", details(input));
  if (reason && /not one of the accepted values/i.test(reason))
    return t("endUser.chooseOption", { field: label });
  if (reason && FORMAT_PROBLEM.test(reason)) return t("endUser.format", { field: label });
  return t("endUser.enter", { field: label });
}

function documentFieldAdvice(input: GuidanceInput, t: T): string {
  const label = input.fieldLabel;
  const mismatch =
    input.mismatch ?? (!!input.failureReason && /does not match/i.test(input.failureReason));
  if (!label) return t("document.someFields", { ...doc(input), ...details(input) });
  if (mismatch) return t("document.mismatch", { field: label, ...doc(input), ...details(input) });
  if (input.failureReason && FORMAT_PROBLEM.test(input.failureReason))
    return t("document.format", { field: label, ...doc(input) });
  return t("document.enter", { field: label, ...doc(input) });
}

function addressAdvice(input: GuidanceInput, t: T): string {
  if (input.failureReason && /could not be found|unknown|not found/i.test(input.failureReason))
    return t("address.unknown", doc(input));
  return t("address.choose", doc(input));
}

function missingDocumentAdvice(input: GuidanceInput, t: T): string {
  if (input.needsFile === false) return t("missingDocument.address", doc(input));
  return t("missingDocument.upload", doc(input));
}

function reviewed(advice: string, reason: string | null): GuidanceParts {
  const text = plainReason(reason);
  return { advice, note: text ? { kind: "reviewer", text } : null };
}

/** The advice and, apart from it, Twilio's reason where it adds something. */
export function guidanceParts(input: GuidanceInput, t: T): GuidanceParts {
  const reason = input.failureReason ?? null;
  const only = (advice: string): GuidanceParts => ({ advice, note: null });
  switch (input.errorCode) {
    case EVALUATION_CODES.missingEndUser:
      return only(
        input.fieldLabel ? endUserAdvice(input, t) : t("endUser.missing", details(input)),
      );
    case EVALUATION_CODES.endUserField:
      return only(endUserAdvice(input, t));
    case EVALUATION_CODES.missingDocument:
      return only(
        input.fieldLabel ? documentFieldAdvice(input, t) : missingDocumentAdvice(input, t),
      );
    case EVALUATION_CODES.documentField:
      return only(documentFieldAdvice(input, t));
    case EVALUATION_CODES.documentMismatch:
      return only(
        documentFieldAdvice({ ...input, mismatch: input.fieldLabel ? true : input.mismatch }, t),
      );
    case EVALUATION_CODES.address:
      return only(addressAdvice(input, t));
    case REJECTION_CODES.invalidSubmission:
      return reviewed(t("rejected.invalidSubmission"), reason);
    case REJECTION_CODES.expiredDocument:
      return reviewed(t("rejected.expired"), reason);
    case REJECTION_CODES.outdatedProofOfAddress:
      return reviewed(t("rejected.outdatedProofOfAddress", doc(input)), reason);
    case REJECTION_CODES.documentIssue:
      return reviewed(t("rejected.documentIssue"), reason);
    default: {
      const subject = input.fieldLabel ?? input.documentName;
      const advice = subject ? t("attention.subject", { subject }) : t("attention.item");
      const text = plainReason(reason);
      return { advice, note: text ? { kind: "details", text } : null };
    }
  }
}

/** The advice with Twilio's reason after it, as one line (emails, logs, tests). */
export function guidanceFor(input: GuidanceInput, t: T): string {
  const { advice, note } = guidanceParts(input, t);
  if (!note) return advice;
  return note.kind === "reviewer"
    ? t("withReviewerNote", { advice, note: note.text })
    : t("withDetails", { advice, note: note.text });
}
