import { test } from "node:test";
import assert from "node:assert/strict";
import { safeCallbackPath } from "./callback-url";

const host = "localhost:3000";
const cases: Array<[string, unknown, string]> = [
  [
    "a same-host absolute URL keeps its path",
    "http://localhost:3000/bundles/BU1?x=1",
    "/bundles/BU1?x=1",
  ],
  ["a relative path is kept", "/bundles?cursor=abc", "/bundles?cursor=abc"],
  ["another host is refused", "https://evil.example.com/bundles", "/bundles"],
  ["a protocol-relative URL is refused", "//evil.example.com/x", "/bundles"],
  ["a backslash trick is refused", "/\\evil.example.com", "/bundles"],
  ["javascript: is refused", "javascript:alert(1)", "/bundles"],
  ["the login page is not a destination", "/login?callbackUrl=/x", "/bundles"],
  ["a missing value falls back", undefined, "/bundles"],
];

for (const [name, raw, expected] of cases) {
  test(name, () => assert.equal(safeCallbackPath(raw, host), expected));
}
