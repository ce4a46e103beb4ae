/** Small but real files for upload tests (a 1×1 PNG and a one-page PDF). */
export const PNG_FILE = {
  name: "passport-greta-hoffmann.png",
  mimeType: "image/png",
  buffer: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  ),
};

export const PDF_FILE = {
  name: "handelsregister-2026-11.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
      "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  ),
};

/** Not an accepted type: the form must refuse it before any upload. */
export const TEXT_FILE = {
  name: "notes.txt",
  mimeType: "text/plain",
  buffer: Buffer.from("hello"),
};
