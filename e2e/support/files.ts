/**
 * Real files for upload tests. The server opens every document (lib/uploads/inspect.ts): an
 * image must decode and be at least 200 px on each side, a PDF must open in PDF.js.
 */

/** A 480 × 320 PNG (a card-like shape on a light background). */
export const PNG_FILE = {
  name: "passport-greta-hoffmann.png",
  mimeType: "image/png",
  buffer: Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAeAAAAFACAYAAABkyK97AAAACXBIWXMAAAPoAAAD6AG1e1JrAAAE8klEQVR42u3VMREAIAwEwXhCAT4inBoDSAAFqZihYLZYA1/8xZhrAwBvhREAQIABQIABAAEGAAEGAAQYAAQYABBgABBgAECAAUCAAUCAAQABBgABBgAEGAAEGAAQYAAQYABAgAFAgAFAgAEAAQYAAQYABBgABBgAEGAAEGAAQIABQIABQIABAAEGAAEGAAQYAAQYABBgABBgAECAAUCAAUCAAYCPA9x6AgXnBAIswCDAgACDAAMCLMAgwIAAgwADAizAIMCAAIMAAwIswCDAIMACDAIMCDAgwCDAAgwCDAgwCDAgwAIMAgwIMAgwIMACDAIMCDAIMCDAAgwCDAgwCDAgwIAAgwALMAgwIMAgwIAACzAIMCDAIMCAAAswCDAgwCDAgAALMAgwIMAgwIAAAwIMAizAIMCAAIMAAwIswCDAgACDAAMCLMAgwIAAgwADAizAIMCAAIMAAwIMCDAIsACDAAMCDAIMCLAAgwADAgwCDAiwAIMAAwIMAgwIsACDAAMCDAIMCDAgwCDAAgwCDAgwCDAgwAIMAgwIMAgwIMACDAIMCDAIMCDAAgwCDAgwCDAgwIAAgwALMAgwIMAgwIAACzAIMCDAIMCAAAswCDAgwCDAgAALMAgwIMAgwIAAAwIMAizAIMCAAIMAAwIswCDAgACDAAMCLMAgwIAAgwADAizAIMCAAIMAAwLsZEGAQYAFGAQYEGAQYECABRgEGBBgEGBAgAUYBBgQYBBgQIAFGAQYEGAQYECAnSwIMAiwAIMAAwIMAuycQIAFGAQYEGAQYECABRgEGBBgEGBAgAUYBBgQYBBgQIAFGAQYBFiAQYABAQYEGARYgEGAAQEGAQYEWIBBgAEBBgEGBFiAQYABAQYBBgRYgEGAAQEGAQYEGBBgEGABBgEGBBgEGBBgAQYBBgQYBBgQYAEGAQYEGAQYEGABBgEGBBgEGBBgQIBBgAUYBBgQYBBgQIAFGAQYEGAQYECABRgEGBBgEGBAgAUYBBgQYBBgQIABAQYBBgAEGAAEGAAQYAAQYABAgAFAgAEAAQYAAQYAAQYABBgABBgAEGAAEGAAQIABQIABAAEGAAEGAAEGAAQYAAQYABBgABBgAECAAUCAAQABBgABBgABBgAEGAAEGAAQYAAQYABAgAFAgAEAAQYAAQYAAQYABBgABBgAEGAAEGAAQIABQIABAAEGAAEGAAEGAAQYAAQYABBgABBgAECAAUCAAQABBgABBgABNgIACDAACDAAIMAAIMAAgAADgAADAAIMAAIMAAgwAAgwAAgwACDAACDAAIAAA4AAAwACDAACDAAIMAAIMAAIMAAgwAAgwACAAAOAAAMAAgwAAgwACDAACDAACDAAIMAAIMAAgAADgAADAAIMAAIMAAgwAAgwAAgwACDAACDAAIAAA4AAAwACDAACDAAIMAAIMAAIMAAgwAAgwACAAAOAAAMAAgwAAgwACDAACDAACDAAIMAAIMAAgAADgAADAAIMAAIMAAgwAAgwAAgwACDAACDAAIAAA4AAAwACDAACDAAIMAAIMAAIMAAgwAAgwACAAAOAAAMAAgwAAgwACDAACDAACLAhAECAAUCAAQABBgABBgAEGAAEGAAQYAAQYAAQYCMAgAADgAADAAIMAAIMAAgwAAgwACDAACDAAIAAA4AAA4AAAwACDAACDABcOZ6Z/p2SnG1HAAAAAElFTkSuQmCC",
    "base64",
  ),
};

/**
 * A one-page PDF padded to about `bytes` with an unreferenced stream object, so it stays a
 * PDF that any reader opens.
 */
export function pdfOfSize(bytes: number, name = "handelsregister-2026-11.pdf") {
  const head =
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n";
  const tail = "trailer<</Root 1 0 R>>\n%%EOF\n";
  const padding = Math.max(0, bytes - head.length - tail.length - 64);
  const stream = `4 0 obj<</Length ${padding}>>stream\n${"0".repeat(padding)}\nendstream endobj\n`;
  return { name, mimeType: "application/pdf", buffer: Buffer.from(head + stream + tail) };
}

export const PDF_FILE = pdfOfSize(0);

/** Not an accepted type: the form must refuse it before any upload. */
export const TEXT_FILE = {
  name: "notes.txt",
  mimeType: "text/plain",
  buffer: Buffer.from("hello"),
};

/** A text file renamed .pdf: the browser says PDF, only the server's look at the bytes can tell. */
export const TEXT_AS_PDF = {
  name: "scan-of-id.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.from("This is not a PDF, just some notes typed into a file.\n"),
};

/** A file of `bytes` bytes that the form refuses by its size alone (the bytes are never sent). */
export const oversized = (bytes: number) => ({
  name: "huge-scan.pdf",
  mimeType: "application/pdf",
  buffer: Buffer.alloc(bytes, 0x20),
});

export const MB = 1024 * 1024;
