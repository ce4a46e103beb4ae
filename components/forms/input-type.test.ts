import assert from "node:assert/strict";
import { test } from "node:test";
import type { FieldKind } from "@/lib/requirements";
import { autoCompleteFor, inputTypeFor } from "./input-type";

const cases: Array<[FieldKind, string, string]> = [
  ["text", "x", "text"],
  ["email", "", "email"],
  ["url", "", "url"],
  ["phone", "+44", "tel"],
  ["date", "", "date"],
  ["date", "1980-01-31", "date"],
  // A date input would blank these out; the customer must see them to fix them.
  ["date", "31/01/1980", "text"],
  ["date", "1980-02-30", "text"],
  ["enum", "A", "text"],
];

for (const [kind, value, type] of cases)
  test(`a ${kind} field holding "${value}" is an input of type ${type}`, () => {
    assert.equal(inputTypeFor(kind, value), type);
  });

test("only unambiguous kinds get an autocomplete hint", () => {
  assert.equal(autoCompleteFor("email"), "email");
  assert.equal(autoCompleteFor("phone"), "tel");
  assert.equal(autoCompleteFor("text"), undefined);
});
