import assert from "node:assert/strict";
import { test } from "node:test";
import { saveGroupInput } from "@/lib/actions/schemas/update";
import { encodeGroupSubmission } from "./form-data";

const BU = `BU${"a".repeat(32)}`;

test("the encoded group is what the save action's schema reads back", () => {
  const values = { business_name: "Acme ", address_sids: ["AD1"], website: "" };
  const data = encodeGroupSubmission({ originalSid: BU, groupId: "end_user:IT1", values });
  const parsed = saveGroupInput.safeParse(Object.fromEntries(data));
  assert.ok(parsed.success, JSON.stringify(parsed.error?.issues));
  assert.deepEqual(parsed.data.values, values);
  assert.equal(parsed.data.groupId, "end_user:IT1");
  assert.equal(parsed.data.file, undefined);
});

test("a chosen file travels as a File under `file`, with its name", () => {
  const file = new File(["%PDF-1.4"], "kbis.pdf", { type: "application/pdf" });
  const data = encodeGroupSubmission({
    originalSid: BU,
    groupId: "new_document:x",
    values: { type: "excerpt" },
    file,
  });
  const sent = data.get("file");
  assert.ok(sent instanceof File);
  assert.equal(sent.name, "kbis.pdf");
  assert.equal(sent.size, 8);
  const parsed = saveGroupInput.safeParse(Object.fromEntries(data));
  assert.ok(parsed.success);
  assert.equal(parsed.data.file?.name, "kbis.pdf");
});

test("no file means no `file` entry at all", () => {
  const data = encodeGroupSubmission({ originalSid: BU, groupId: "g:x", values: {}, file: null });
  assert.equal(data.has("file"), false);
});
