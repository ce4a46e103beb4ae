/**
 * What the portal accepts as a document file. Twilio's regulatory upload limit is not documented;
 * the sibling Documents API allows 10 MB, third-party code enforces 5 MB and PDF/JPEG/PNG, and the
 * emulator refuses the same (packages/twilio-emulator/src/defaults.ts). We take the stricter one.
 */
import type { Translator } from "@/lib/i18n/translator";
import type { FormGroup } from "./types";

type T = Translator<"Validation">;

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

/** "5 MB", "7.2 MB" ("7,2 MB" in German): the number is rounded here, written by the catalog. */
function megabytes(bytes: number, t: T): string {
  const mb = bytes / MIB;
  if (Number.isInteger(mb)) return t("upload.megabytes", { mb });
  const text = mb.toFixed(1);
  // 5.04 MB must not read "5.0 MB" next to a 5 MB limit.
  return t("upload.megabytes", { mb: Number(text.endsWith(".0") ? mb.toFixed(2) : text) });
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot).toLowerCase() : "";
}

/** null when the file is acceptable, else a message saying what to do. */
export function checkUpload(file: UploadCandidate, t: T): string | null {
  const wrongType = t("upload.wrongType");
  const ext = extensionOf(file.name);
  const type = file.type.toLowerCase().split(";")[0]?.trim() ?? "";
  const typeOk = (UPLOAD_RULES.mimeTypes as readonly string[]).includes(type);
  const extOk = (UPLOAD_RULES.extensions as readonly string[]).includes(ext);
  if (type ? !typeOk : !extOk) return wrongType;
  if (ext && !extOk) return wrongType;
  if (file.size <= 0) return t("upload.empty");
  if (file.size > UPLOAD_RULES.maxBytes)
    return t("upload.tooLarge", {
      size: megabytes(file.size, t),
      limit: megabytes(UPLOAD_RULES.maxBytes, t),
    });
  return null;
}

/** What the form and the server say when a required file is missing. */
export function missingFile(t: T): string {
  return t("upload.missing");
}

/** The hint beside a file input. */
export function uploadHint(t: T): string {
  return t("upload.hint", { limit: megabytes(UPLOAD_RULES.maxBytes, t) });
}

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
