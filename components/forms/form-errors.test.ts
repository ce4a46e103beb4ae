import assert from "node:assert/strict";
import { test } from "node:test";
import { errorMessage, formAlertLines, splitServerErrors } from "./form-errors";

const names = new Set(["business_name", "address_sids"]);

test("errors for rendered fields go beside them, first message only", () => {
  const split = splitServerErrors({ business_name: ["Too short", "Other"] }, names);
  assert.deepEqual(split, { fields: [["business_name", "Too short"]], file: null, form: [] });
});

test("the file error goes beside the file input", () => {
  const split = splitServerErrors({ file: ["Upload a PDF, JPEG or PNG file"] }, names);
  assert.equal(split.file, "Upload a PDF, JPEG or PNG file");
  assert.deepEqual(split.fields, []);
});

test("_form and keys the form does not render become form-level messages", () => {
  const split = splitServerErrors(
    { _form: ["Reload the page"], values: ["The form data could not be read"], gone: [""] },
    names,
  );
  assert.deepEqual(split.form, ["Reload the page", "The form data could not be read"]);
  assert.deepEqual(split.fields, []);
});

test("no fieldErrors splits into nothing", () => {
  assert.deepEqual(splitServerErrors(undefined, names), { fields: [], file: null, form: [] });
});

test("the alert leads with the action's message and drops repeats and blanks", () => {
  assert.deepEqual(formAlertLines("Reload the page", ["Reload the page", " ", "Other"]), [
    "Reload the page",
    "Other",
  ]);
  assert.deepEqual(formAlertLines(undefined, []), []);
});

test("an error's message is found on the error or on its first failing list item", () => {
  assert.equal(
    errorMessage({ type: "x", message: "Choose at least one address" }),
    "Choose at least one address",
  );
  assert.equal(
    errorMessage([undefined, { message: "Choose one of your saved addresses" }]),
    "Choose one of your saved addresses",
  );
  assert.equal(errorMessage(undefined), undefined);
  assert.equal(errorMessage({ message: "" }), undefined);
});
