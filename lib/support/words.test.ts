import assert from "node:assert/strict";
import { test } from "node:test";
import { translatorFor } from "@/lib/i18n/translator";
import { endReasonText } from "./end-reason";
import { formatDayIn, formatUtcIn } from "./format";
import { noticeKindLabel } from "./notice-kind";

const at = new Date("2026-03-12T14:05:09Z");

test("instants read in the reader's language, always in UTC; English keeps the portal's format", () => {
  assert.equal(formatUtcIn("en", at), "12 Mar 2026, 14:05 UTC");
  assert.equal(formatUtcIn("en", at, true), "12 Mar 2026, 14:05:09 UTC");
  assert.equal(formatUtcIn("de", at), "12.03.2026, 14:05 UTC");
  assert.equal(formatUtcIn("ja", at), "2026/03/12 14:05 UTC");
  assert.equal(formatDayIn("en", at), "12 Mar 2026");
  assert.equal(formatDayIn("ja", at), "2026年3月12日");
});

test("why a support session ended, per language; a value the catalogs don't know stays as stored", async () => {
  const en = await translatorFor("en", "Impersonation");
  const ja = await translatorFor("ja", "Impersonation");
  assert.equal(endReasonText(en, "expired"), "time limit reached");
  assert.equal(endReasonText(ja, "expired"), "制限時間に達しました");
  assert.equal(endReasonText(en, "something_new"), "something_new");
  assert.equal(endReasonText(en, null), "");
});

test("email kinds are named for staff; a kind added later reads as an email", async () => {
  const de = await translatorFor("de", "Support");
  assert.equal(noticeKindLabel(de, "reminder"), "Erinnerung");
  assert.equal(noticeKindLabel(de, "brand_new_kind"), "E-Mail");
});
