import assert from "node:assert/strict";
import { test } from "node:test";
import { describedBy, fieldId, partIds, sanitizeId } from "./ids";

const cases: Array<[string, string]> = [
  ["end_user:IT0123", "end_user-IT0123"],
  ["new_document:proof of address", "new_document-proof-of-address"],
  ["a.b/c", "a-b-c"],
  ["9lives", "f-9lives"],
  ["-x", "f--x"],
];

for (const [raw, id] of cases) {
  test(`"${raw}" becomes the id "${id}"`, () => {
    assert.equal(sanitizeId(raw), id);
  });
}

test("a field id joins the group id and the field name, and is a valid CSS identifier", () => {
  const id = fieldId("document:RD00ff", "address_sids");
  assert.equal(id, "document-RD00ff-address_sids");
  assert.match(id, /^[A-Za-z][A-Za-z0-9_-]*$/);
});

test("the same field name in two groups gets two ids", () => {
  assert.notEqual(
    fieldId("end_user:IT1", "business_name"),
    fieldId("new_document:x", "business_name"),
  );
});

test("the parts of a field share its id as a prefix and differ from each other", () => {
  const parts = Object.values(partIds("g-f"));
  assert.equal(new Set(parts).size, parts.length);
  for (const p of parts) assert.ok(p.startsWith("g-f-"));
});

test("aria-describedby lists only the parts that are shown", () => {
  assert.equal(describedBy("a", false, null, undefined, "", "b"), "a b");
  assert.equal(describedBy(false, undefined), undefined);
});
