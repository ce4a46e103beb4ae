import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkUpload, UPLOAD_RULES } from "./upload-rules";
import { translatorFor } from "@/lib/i18n/translator";

const tv = await translatorFor("en", "Validation");

const MIB = 1024 * 1024;

describe("checkUpload", () => {
  it("limits are 5 MiB and PDF/JPEG/PNG", () => {
    assert.equal(UPLOAD_RULES.maxBytes, 5 * MIB);
    assert.deepEqual([...UPLOAD_RULES.mimeTypes], ["application/pdf", "image/jpeg", "image/png"]);
  });
  const cases: Array<[string, { size: number; type: string; name: string }, string | null]> = [
    ["a PDF under the limit", { size: 200_000, type: "application/pdf", name: "kbis.pdf" }, null],
    ["exactly 5 MiB", { size: 5 * MIB, type: "image/png", name: "scan.PNG" }, null],
    ["a JPEG without a reported type", { size: 1000, type: "", name: "photo.jpeg" }, null],
    [
      "7.2 MB",
      { size: Math.round(7.2 * MIB), type: "application/pdf", name: "big.pdf" },
      "The file is 7.2 MB; the limit is 5 MB",
    ],
    [
      "just over the limit reads 5.01 MB",
      { size: 5 * MIB + 10_000, type: "application/pdf", name: "a.pdf" },
      "The file is 5.01 MB; the limit is 5 MB",
    ],
    [
      "a Word file",
      { size: 1000, type: "application/msword", name: "a.doc" },
      "Upload a PDF, JPEG or PNG file",
    ],
    [
      "an unknown type with a bad extension",
      { size: 1000, type: "", name: "a.exe" },
      "Upload a PDF, JPEG or PNG file",
    ],
    [
      "a PDF type with an .exe name",
      { size: 1000, type: "application/pdf", name: "a.exe" },
      "Upload a PDF, JPEG or PNG file",
    ],
    [
      "an empty file",
      { size: 0, type: "application/pdf", name: "a.pdf" },
      "The file is empty. Choose the file again",
    ],
  ];
  for (const [name, file, expected] of cases)
    it(name, () => assert.equal(checkUpload(file, tv), expected));
});
