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
  // The probe's payloads that left the site: each normalises to a protocol-relative path.
  ["a dot segment before a double slash is refused", "/.//127.0.0.1:8999/pwned.html", "/bundles"],
  [
    "a same-host URL whose path starts with // is refused",
    "http://localhost:3000//evil.example/x",
    "/bundles",
  ],
  ["dot-dot segments that climb to // are refused", "/bundles/../..//evil.example/x", "/bundles"],
  ["an encoded backslash stays on the site", "/%5Cevil.example.com", "/%5Cevil.example.com"],
  ["a tab inside the scheme is refused", "/\t/evil.example.com", "/bundles"],
  ["a dot segment that stays on the site is kept", "/bundles/./BU1", "/bundles/BU1"],
];

for (const [name, raw, expected] of cases) {
  test(name, () => assert.equal(safeCallbackPath(raw, host), expected));
}
