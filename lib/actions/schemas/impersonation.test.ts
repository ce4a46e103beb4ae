import { test } from "node:test";
import assert from "node:assert/strict";
import { startImpersonationInput } from "./impersonation";

const base = {
  accountId: "0b6f4c1e-3c1a-4d5e-9f00-112233445566",
  reason: "Customer asked for help with the Berlin bundle on the phone.",
  minutes: "30",
};

test("a sentence-long reason, no ticket and a duration as form text are accepted", () => {
  const parsed = startImpersonationInput.parse(base);
  assert.equal(parsed.minutes, 30);
  assert.equal(parsed.ticket, null);
});

test("a sentence in a language written without spaces (Japanese) is a sentence, not one word", () => {
  const reason = "お客様からベルリンの期限について電話で相談がありました";
  assert.equal(startImpersonationInput.parse({ ...base, reason }).reason, reason);
  assert.equal(startImpersonationInput.safeParse({ ...base, reason: "相談" }).success, false);
});

test("an empty ticket is no ticket; a real one is kept trimmed", () => {
  assert.equal(startImpersonationInput.parse({ ...base, ticket: "  " }).ticket, null);
  assert.equal(startImpersonationInput.parse({ ...base, ticket: " ZD-1234 " }).ticket, "ZD-1234");
});

const badReasons: Array<[string, string]> = [
  ["empty", ""],
  ["too short", "help pls"],
  ["one long word", "customerrequestedassistance"],
  ["only spaces", "                    "],
  ["far too long", "word ".repeat(120)],
];
for (const [name, reason] of badReasons) {
  test(`a reason that is ${name} is refused with a field error`, () => {
    const result = startImpersonationInput.safeParse({ ...base, reason });
    assert.equal(result.success, false);
    assert.ok(result.error?.issues.some((i) => i.path[0] === "reason"));
  });
}

test("more than 60 minutes, or a ticket with odd characters, is refused", () => {
  assert.equal(startImpersonationInput.safeParse({ ...base, minutes: "61" }).success, false);
  assert.equal(startImpersonationInput.safeParse({ ...base, ticket: "<script>" }).success, false);
});

test("the schema accepts its own output again (the form sends parsed values to the action)", () => {
  const once = startImpersonationInput.parse({ ...base, ticket: "" });
  assert.deepEqual(startImpersonationInput.parse(once), once);
});
