/**
 * Failures in the reader's language (issue 16): the English catalog says exactly what the
 * English `userMessage` says (so a key can never point at a different message), every message
 * the gateway shows has a key, and another language gets its own words.
 */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { AppError, ERRORS, type ErrorCode, type ErrorSurface } from "@/lib/errors";
import {
  TWILIO_CODE_RULES,
  notFoundKey,
  notFoundMessage,
  outageKey,
  outageMessage,
  ruleForStatus,
} from "@/lib/twilio/error-table";
import { mapTwilioError } from "@/lib/twilio/errors";
import { localizeMessage, localizeResultMessage } from "./errors";
import { translatorFor } from "./translator";

const SURFACES: ErrorSurface[] = [
  "bundle",
  "end_user",
  "supporting_document",
  "item_assignment",
  "evaluation",
  "regulation",
  "address",
  "phone_number",
  "account",
  "upload",
  "cursor",
  "resource",
  "twilio",
];
const KINDS = ["unavailable", "timeout", "rate_limited"] as const;

describe("error messages in the reader's language", async () => {
  const en = await translatorFor("en", "Errors");
  const de = await translatorFor("de", "Errors");
  const ja = await translatorFor("ja", "Errors");

  it("our own codes: the English catalog is the registry's message, German differs", () => {
    for (const [code, { message }] of Object.entries(ERRORS)) {
      const error = new AppError(code as ErrorCode);
      assert.equal(localizeMessage(en, error.messageKey, "-"), message, code);
      assert.notEqual(localizeMessage(de, error.messageKey, message), message, code);
    }
  });

  it("every message of the Twilio table has a key, and English reproduces it", () => {
    const rules = [
      ...Object.values(TWILIO_CODE_RULES),
      ...[401, 403, 404, 409, 413, 415, 429, 500, 400, undefined].map(ruleForStatus),
    ];
    for (const rule of rules) {
      assert.ok(rule.key, `no key for "${rule.message}"`);
      assert.equal(localizeMessage(en, rule.key, "-"), rule.message);
      assert.notEqual(localizeMessage(ja, rule.key, rule.message), rule.message);
    }
  });

  it("not found and outages, per surface: English matches the composed English text", () => {
    for (const surface of SURFACES) {
      assert.equal(localizeMessage(en, notFoundKey(surface), "-"), notFoundMessage(surface));
      for (const kind of KINDS)
        assert.equal(
          localizeMessage(en, outageKey(kind, surface), "-"),
          outageMessage(kind, surface),
          `${kind} ${surface}`,
        );
    }
    assert.equal(
      localizeMessage(de, outageKey("timeout", "address"), "-"),
      "Twilio hat zu lange nicht geantwortet, deshalb konnten wir Ihre Adressen nicht laden oder speichern. Ihre Eingaben sind nicht verloren. Bitte versuchen Sie es in einigen Minuten erneut.",
    );
  });

  it("a mapped SDK failure carries its key", () => {
    const error = mapTwilioError({ status: 404, code: 20404, message: "not found" }, "bundle");
    assert.equal(
      localizeMessage(de, error.messageKey, error.userMessage),
      "Wir konnten dieses Bundle nicht finden.",
    );
    const down = mapTwilioError({ code: "ECONNREFUSED" }, "regulation");
    assert.match(
      localizeMessage(ja, down.messageKey, down.userMessage),
      /最新の要件を読み込めませんでした/,
    );
  });

  it("a message written for one case is kept as written (no key)", () => {
    const custom = new AppError("conflict:update_request", "This Bundle has no update deadline.");
    assert.equal(custom.messageKey, undefined);
    assert.equal(localizeMessage(de, custom.messageKey, custom.userMessage), custom.userMessage);
  });

  it("a returned result: the code's default text is translated, a custom text kept", () => {
    assert.equal(
      localizeResultMessage(de, "forbidden:role", ERRORS["forbidden:role"].message),
      "Dafür fehlt Ihnen die Berechtigung.",
    );
    assert.equal(localizeResultMessage(de, "forbidden:role", "Other words"), "Other words");
    assert.equal(localizeResultMessage(de, "not_found:resource", "Gateway words"), "Gateway words");
  });
});

describe("the update's refusals (guards) in the reader's language", async () => {
  const { canCreateCopy, canDeleteCopy, canEdit, canReplace, canSubmit, canCancel } =
    await import("@/lib/workflow/guards");
  const { SAMPLE_NAMES, sample } = await import("@/lib/workflow/fixtures");
  const STATE_FIXTURES = SAMPLE_NAMES.map(sample);
  const en = await translatorFor("en", "Errors");
  const fr = await translatorFor("fr", "Errors");
  it("every refusal but a failed request's own has a key, English matches, French differs", () => {
    let refusals = 0;
    for (const state of STATE_FIXTURES)
      for (const guard of [
        canCreateCopy,
        canEdit,
        canSubmit,
        canReplace,
        canDeleteCopy,
        canCancel,
      ]) {
        const result = guard(state);
        if (result.ok) continue;
        refusals++;
        if (state.phase === "failed" && result.message === state.attention.message) continue;
        assert.ok(result.messageKey, `no key: ${result.message}`);
        assert.equal(localizeMessage(en, result.messageKey, "-"), result.message);
        assert.notEqual(localizeMessage(fr, result.messageKey, result.message), result.message);
      }
    assert.ok(refusals > 20);
  });
});
