import { EMULATOR_DEFAULTS } from "../defaults";
import { badRequest } from "../errors";
import { created, noContent, ok, type Ctx, type Handler } from "../http/context";
import { numbersPage } from "../http/paging";
import { rc } from "../http/urls";
import { isAssigned } from "../items";
import { deriveSupportingDocumentTypes } from "../rules/document-types";
import { supportingDocumentJson } from "../serialize/numbers";
import { newSid } from "../sid";
import type { SupportingDocument } from "../types";
import { assertAddressKept, assertItemMutable } from "./item-locks";
import { findDocument } from "./lookup";

function knownType(ctx: Ctx, type: string): boolean {
  return deriveSupportingDocumentTypes(ctx.store.regulations.all()).some(
    (t) => t.machine_name === type,
  );
}

/** The first bytes of each accepted type (PDF "%PDF-", JPEG FF D8 FF, PNG's 8-byte signature). */
const MAGIC: Record<string, number[]> = {
  "application/pdf": [0x25, 0x50, 0x44, 0x46, 0x2d],
  "image/jpeg": [0xff, 0xd8, 0xff],
  "image/png": [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

const startsWith = (head: Buffer, magic: number[]) => magic.every((b, i) => head[i] === b);

/**
 * The multipart upload's `File`: PDF/JPEG/PNG up to the size limit. The declared type must be one
 * of them and the bytes must be what it says (a text file named .pdf is refused).
 */
function fileOf(ctx: Ctx): Pick<SupportingDocument, "mime_type" | "file_size" | "file_sha256"> {
  const file = ctx.req.files.get("File");
  if (!file) return { mime_type: null, file_size: null, file_sha256: null };
  const { maxBytes, mimeTypes } = EMULATOR_DEFAULTS.upload;
  if (file.size > maxBytes) {
    const { status, code } = EMULATOR_DEFAULTS.uploadTooLarge;
    throw badRequest(
      code,
      `File is too large: ${file.size} bytes; the limit is ${maxBytes} bytes`,
      status,
    );
  }
  // An empty file has no content and so no mime type (as Twilio's Documents API reports it).
  if (file.size === 0) return { mime_type: "", file_size: 0, file_sha256: file.sha256 };
  const type = file.type.split(";")[0]!.trim().toLowerCase();
  const { status, code } = EMULATOR_DEFAULTS.uploadBadType;
  if (!(mimeTypes as readonly string[]).includes(type)) {
    throw badRequest(
      code,
      `File type ${type || "unknown"} is not accepted; use PDF, JPEG or PNG`,
      status,
    );
  }
  if (!startsWith(file.head, MAGIC[type]!)) {
    throw badRequest(
      code,
      `The file's content is not ${type}: upload a real PDF, JPEG or PNG`,
      status,
    );
  }
  return { mime_type: type, file_size: file.size, file_sha256: file.sha256 };
}

export const createSupportingDocument: Handler = (ctx) => {
  const friendlyName = ctx.body.str("FriendlyName");
  if (!friendlyName)
    throw badRequest(22211, "FriendlyName is required to create a Supporting Document");
  const type = ctx.body.str("Type");
  if (!type) throw badRequest(22210, "Type is required to create a Supporting Document");
  if (!knownType(ctx, type)) throw badRequest(22210, `Invalid Supporting Document Type ${type}`);
  const attributes = ctx.body.attributes() ?? {};
  const now = ctx.store.now();
  const doc = ctx.store.supportingDocuments.put({
    sid: newSid("RD"),
    account_sid: ctx.account.sid,
    friendly_name: friendlyName,
    type,
    status: "draft",
    failure_reason: null,
    errors: null,
    attributes,
    ...fileOf(ctx),
    date_created: now,
    date_updated: now,
    copied_from: null,
  });
  return created(supportingDocumentJson(doc));
};

export const listSupportingDocuments: Handler = (ctx) =>
  ok(
    numbersPage(
      ctx.req,
      ctx.store.supportingDocuments.by(ctx.account.sid),
      "results",
      rc("/SupportingDocuments"),
      supportingDocumentJson,
    ),
  );

export const fetchSupportingDocument: Handler = (ctx) =>
  ok(supportingDocumentJson(findDocument(ctx, ctx.params.Sid!)));

export const updateSupportingDocument: Handler = (ctx) => {
  const doc = findDocument(ctx, ctx.params.Sid!);
  if (ctx.body.has("Status") && (ctx.body.has("Attributes") || ctx.body.has("FriendlyName"))) {
    throw badRequest(
      22208,
      "Supporting Document status and attributes cannot be updated in the same request",
    );
  }
  if (doc.status === "pending-review") {
    throw badRequest(20001, "A Supporting Document cannot be changed while it is pending review");
  }
  assertItemMutable(ctx.store, doc.sid);
  const attributes = ctx.body.attributes();
  assertAddressKept(doc, attributes);
  if (ctx.body.has("FriendlyName")) doc.friendly_name = ctx.body.required("FriendlyName");
  if (attributes !== undefined) doc.attributes = attributes;
  // A corrected rejected document goes back to draft, ready to be submitted again.
  if (doc.status === "rejected")
    Object.assign(doc, { status: "draft", failure_reason: null, errors: null });
  doc.date_updated = ctx.store.now();
  ctx.store.supportingDocuments.put(doc);
  return ok(supportingDocumentJson(doc));
};

export const deleteSupportingDocument: Handler = (ctx) => {
  const doc = findDocument(ctx, ctx.params.Sid!);
  if (doc.status === "pending-review") {
    throw badRequest(21646, "Supporting Document cannot be deleted while it is pending review");
  }
  if (isAssigned(ctx.store, doc.sid)) {
    throw badRequest(
      21645,
      "Supporting Document cannot be deleted while it is assigned to a Bundle",
    );
  }
  ctx.store.supportingDocuments.delete(doc.sid);
  return noContent();
};
