import assert from "node:assert/strict";
import { test } from "node:test";
import { readFileSync } from "node:fs";
import { supportConfirmMessage, type ClientImpersonation } from "./impersonation-context";

const confirmIn = (locale: string) =>
  JSON.parse(readFileSync(`messages/${locale}/Impersonation.json`, "utf8"))
    .supportConfirm as string;

const session = (locale: string): ClientImpersonation => ({
  accountName: "Acme Logistics GmbH",
  staffName: "Sam Support",
  mode: "assist",
  expiresAt: "2026-03-12T14:05:00Z",
  confirmMessage: confirmIn(locale),
});

test("the second confirmation names the customer, the step and the staff member, in paragraphs", () => {
  const text = supportConfirmMessage(session("en"), "Submit for review", "en");
  assert.deepEqual(text.split("\n\n"), [
    "You are acting for Acme Logistics GmbH as support staff.",
    `"Submit for review" changes the customer's Bundle at Twilio and cannot be undone. It is recorded under your name (Sam Support) with your reason, and the customer sees it in their activity.`,
    "Do it on the customer's behalf?",
  ]);
});

test("it is asked in the staff member's language", () => {
  const text = supportConfirmMessage(session("ja"), "審査に提出", "ja");
  assert.match(
    text,
    /^サポート担当者として Acme Logistics GmbH に代わって操作しています。\n\n「審査に提出」/,
  );
  assert.match(text, /（Sam Support）/);
  assert.equal(text.split("\n\n").length, 3);
});
