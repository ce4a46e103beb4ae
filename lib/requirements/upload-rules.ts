/**
 * What the portal accepts as a document file. Twilio's regulatory upload limit is not documented;
 * the sibling Documents API allows 10 MB, third-party code enforces 5 MB and PDF/JPEG/PNG, and the
 * emulator refuses the same (packages/twilio-emulator/src/defaults.ts). We take the stricter one.
 */
import type { FormGroup } from "./types";

const MIB = 1024 * 1024;

export const UPLOAD_RULES = {
  maxBytes: 5 * MIB,
  mimeTypes: ["application/pdf", "image/jpeg", "image/png"],
  extensions: [".pdf", ".jpg", ".jpeg", ".png"],
} as const;

/** For the file input's `accept` attribute. */
export const UPLOAD_ACCEPT = [...UPLOAD_RULES.mimeTypes, ...UPLOAD_RULES.extensions].join(",");

export interface UploadCandidate {
  size: number;
  /** The MIME type the browser reports ("" when it does not know). */
  type: string;
  name: string;
}

function megabytes(bytes: number): string {
  const mb = bytes / MIB;
  if (Number.isInteger(mb)) return `${mb} MB`;
  const text = mb.toFixed(1);
  // 5.04 MB must not read "5.0 MB" next to a 5 MB limit.
  return `${text.endsWith(".0") ? mb.toFixed(2) : text} MB`;
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** null when the file is acceptable, else a message saying what to do. */
export function checkUpload(file: UploadCandidate): string | null {
  const wrongType = "Upload a PDF, JPEG or PNG file";
  const ext = extensionOf(file.name);
  const type = file.type.toLowerCase().split(";")[0]?.trim() ?? "";
  const typeOk = (UPLOAD_RULES.mimeTypes as readonly string[]).includes(type);
  const extOk = (UPLOAD_RULES.extensions as readonly string[]).includes(ext);
  if (type ? !typeOk : !extOk) return wrongType;
  if (ext && !extOk) return wrongType;
  if (file.size <= 0) return "The file is empty. Choose the file again";
  if (file.size > UPLOAD_RULES.maxBytes)
    return `The file is ${megabytes(file.size)}; the limit is ${megabytes(UPLOAD_RULES.maxBytes)}`;
  return null;
}

/** What the form and the server say when a required file is missing. */
export const MISSING_FILE = "Upload the document: a PDF, JPEG or PNG file";

/** The hint beside a file input. */
export const UPLOAD_HINT = `A PDF, JPEG or PNG file of up to ${megabytes(UPLOAD_RULES.maxBytes)}.`;

export interface FileRule {
  /** Show the file input at all. */
  show: boolean;
  /** A new document of a type with a file cannot be saved without one. */
  required: boolean;
}

/**
 * The one file rule, for the form and for the server (lib/dal/update-requests/save-group.ts): a
 * file is required when a new document's chosen type needs one; an existing document may get a
 * replacement file.
 */
export function fileRule(group: FormGroup, type: unknown): FileRule {
  if (group.kind !== "supporting_document") return { show: false, required: false };
  if (group.action === "create") {
    const chosen = group.documentTypes.find((t) => t.type === type);
    const needs = chosen?.needsFile ?? group.needsFile;
    return { show: needs, required: needs };
  }
  // An existing document: a new file is optional, unless the reviewer rejected the file (or
  // Twilio holds none): then saving without one would resubmit what was refused.
  const typeNeedsFile = group.documentTypes.some((t) => t.needsFile);
  return { show: group.needsFile || typeNeedsFile, required: group.needsFile };
}
