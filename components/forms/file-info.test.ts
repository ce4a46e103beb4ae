import assert from "node:assert/strict";
import { test } from "node:test";
import { formatBytes, previewKind, type PreviewKind } from "./file-info";

const kinds: Array<[string, string, PreviewKind]> = [
  ["scan.png", "image/png", "image"],
  ["scan.JPG", "image/jpeg", "image"],
  ["kbis.pdf", "application/pdf", "pdf"],
  ["kbis.pdf", "", "pdf"],
  ["photo.jpeg", "", "image"],
  ["notes.txt", "text/plain", "none"],
  ["trick.pdf", "image/gif", "none"],
];

for (const [name, type, kind] of kinds)
  test(`${name} (${type || "no type"}) previews as ${kind}`, () => {
    assert.equal(previewKind({ name, type, size: 1 }), kind);
  });

const sizes: Array<[number, string]> = [
  [500, "500 bytes"],
  [2048, "2 KB"],
  [999 * 1024, "999 KB"],
  [1024 * 1024 - 1, "1.0 MB"],
  [1.45 * 1024 * 1024, "1.4 MB"],
  [5 * 1024 * 1024, "5.0 MB"],
];

for (const [bytes, text] of sizes)
  test(`${bytes} bytes read "${text}"`, () => {
    assert.equal(formatBytes(bytes), text);
  });
