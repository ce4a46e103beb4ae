/**
 * What a document file really is, from its bytes: the server's check before anything reaches
 * Twilio (DESIGN: "a file reaches Twilio only after the server has checked its bytes"). The
 * browser's name and type are only hints; a text or HTML file named `.png` is refused here, and
 * a file that claims to be a PDF or an image must open as one.
 *
 * Libraries, all maintained: file-type reads the magic bytes; sharp (libvips) decodes images
 * fully, so a truncated or forged image fails; pdfjs-dist (Mozilla's PDF.js) opens PDFs as a
 * viewer would. Node-only; no `server-only` marker so the unit tests can call it.
 */
import { fileTypeFromBuffer } from "file-type";
import type { Translator } from "@/lib/i18n/translator";
import { UPLOAD_RULES, checkUpload } from "@/lib/requirements/upload-rules";

/** The refusals are in the customer's language (the "Validation" catalog, issue 16). */
type T = Translator<"Validation">;

export type DocumentMime = (typeof UPLOAD_RULES.mimeTypes)[number];

export type Inspection =
  | { ok: true; mimeType: DocumentMime; pages?: number; width?: number; height?: number }
  | { ok: false; message: string };

/** Below this a scan or photo cannot be read by a reviewer (an ID's text, a register stamp). */
export const MIN_IMAGE_SIDE_PX = 200;
/** Decompression bombs: a 100-megapixel image is far past any phone camera or scanner. */
const MAX_IMAGE_PIXELS = 100_000_000;

const refuse = (message: string): Inspection => ({ ok: false, message });

async function inspectImage(bytes: Uint8Array, mimeType: DocumentMime, t: T): Promise<Inspection> {
  const { default: sharp } = await import("sharp");
  try {
    const image = sharp(bytes, { failOn: "error", limitInputPixels: MAX_IMAGE_PIXELS });
    const { width = 0, height = 0 } = await image.metadata();
    await image.stats(); // decodes every pixel: a truncated or forged image fails here
    if (Math.min(width, height) < MIN_IMAGE_SIDE_PX)
      return refuse(t("upload.imageTooSmall", { width, height, min: MIN_IMAGE_SIDE_PX }));
    return { ok: true, mimeType, width, height };
  } catch {
    return refuse(t("upload.imageDamaged"));
  }
}

async function inspectPdf(bytes: Uint8Array, t: T): Promise<Inspection> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    data: bytes.slice(), // PDF.js takes ownership of the buffer it is given
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    const pages = doc.numPages;
    await doc.destroy();
    if (pages < 1) return refuse(t("upload.pdfNoPages"));
    return { ok: true, mimeType: "application/pdf", pages };
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException")
      return refuse(t("upload.pdfPassword"));
    return refuse(t("upload.pdfDamaged"));
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

export async function inspectUpload(file: File, t: T): Promise<Inspection> {
  const problem = checkUpload({ size: file.size, type: file.type, name: file.name }, t);
  if (problem) return refuse(problem);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  const allowed = UPLOAD_RULES.mimeTypes as readonly string[];
  if (!detected || !allowed.includes(detected)) return refuse(t("upload.notADocument"));
  const mimeType = detected as DocumentMime;
  return mimeType === "application/pdf" ? inspectPdf(bytes, t) : inspectImage(bytes, mimeType, t);
}
