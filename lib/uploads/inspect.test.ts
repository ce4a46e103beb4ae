import { describe, it } from "node:test";
import assert from "node:assert/strict";
import sharp from "sharp";
import { inspectUpload } from "./inspect";
import { translatorFor } from "@/lib/i18n/translator";

const tv = await translatorFor("en", "Validation");

const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n" +
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);
const image = (width: number, height: number, format: "png" | "jpeg") =>
  sharp({ create: { width, height, channels: 3, background: "#88aacc" } })
    [format]()
    .toBuffer();
const file = (bytes: Buffer, name: string, type: string) =>
  new File([new Uint8Array(bytes)], name, { type });

describe("inspectUpload: the server's check of a document's bytes", () => {
  it("accepts a real PDF, PNG and JPEG, and says what they are", async () => {
    assert.deepEqual(await inspectUpload(file(PDF, "excerpt.pdf", "application/pdf"), tv), {
      ok: true,
      mimeType: "application/pdf",
      pages: 1,
    });
    const png = await inspectUpload(file(await image(800, 600, "png"), "id.png", "image/png"), tv);
    assert.deepEqual(png, { ok: true, mimeType: "image/png", width: 800, height: 600 });
    const jpeg = await inspectUpload(
      file(await image(640, 480, "jpeg"), "id.jpg", "image/jpeg"),
      tv,
    );
    assert.equal(jpeg.ok && jpeg.mimeType, "image/jpeg");
  });

  it("takes the type from the bytes: a PNG sent as a JPEG is a PNG", async () => {
    const result = await inspectUpload(
      file(await image(800, 600, "png"), "id.jpg", "image/jpeg"),
      tv,
    );
    assert.equal(result.ok && result.mimeType, "image/png");
  });

  const refusals: Array<[string, () => Promise<File>, RegExp]> = [
    [
      "a text file renamed .pdf",
      async () => file(Buffer.from("just some notes"), "a.pdf", "application/pdf"),
      /not a PDF, JPEG or PNG/,
    ],
    [
      "HTML named .png",
      async () => file(Buffer.from("<html><script>alert(1)</script></html>"), "a.png", "image/png"),
      /not a PDF, JPEG or PNG/,
    ],
    [
      "SVG with a script named .png",
      async () =>
        file(
          Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
          "a.png",
          "image/png",
        ),
      /not a PDF, JPEG or PNG/,
    ],
    [
      "a truncated PNG",
      async () => file((await image(800, 600, "png")).subarray(0, 200), "a.png", "image/png"),
      /could not be opened/,
    ],
    [
      "a PDF header with nothing behind it",
      async () => file(Buffer.from("%PDF-1.4\nnothing here"), "a.pdf", "application/pdf"),
      /PDF could not be opened/,
    ],
    [
      "a 1×1 pixel image",
      async () => file(await image(1, 1, "png"), "a.png", "image/png"),
      /1 × 1 pixels, too small/,
    ],
    ["an empty file", async () => file(Buffer.alloc(0), "a.pdf", "application/pdf"), /empty/],
    [
      "a file over 5 MB",
      async () => file(Buffer.alloc(5 * 1024 * 1024 + 1), "a.pdf", "application/pdf"),
      /the limit is 5 MB/,
    ],
  ];
  for (const [name, make, message] of refusals)
    it(`refuses ${name}, saying why`, async () => {
      const result = await inspectUpload(await make(), tv);
      assert.equal(result.ok, false);
      assert.match(result.ok ? "" : result.message, message);
    });
});
