/** The forms in other languages (issue 16): messages, advice and dates from the catalogs. */
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { translatorFor } from "@/lib/i18n/translator";
import { showDate } from "./dates";
import { guidanceFor, guidanceParts } from "./guidance";
import { fieldSchema } from "./schema";
import type { FieldDescriptor } from "./types";
import { checkUpload } from "./upload-rules";

const de = await translatorFor("de", "Validation");
const ja = await translatorFor("ja", "Validation");
const gde = await translatorFor("de", "Guidance");
const gja = await translatorFor("ja", "Guidance");

const field = (extra: Partial<FieldDescriptor>): FieldDescriptor => ({
  name: "business_name",
  label: "Business Name",
  description: "",
  kind: "text",
  required: true,
  value: "",
  failed: false,
  errorCode: null,
  guidance: null,
  ...extra,
});

const message = (r: { error?: { issues: Array<{ message: string }> } }) =>
  r.error?.issues[0]?.message ?? "";

describe("validation messages in German and Japanese", () => {
  it("a required field", () => {
    assert.equal(
      message(fieldSchema(field({}), "supporting_document", de).safeParse("")),
      "Geben Sie „business name“ so ein, wie es auf dem Dokument steht",
    );
    assert.equal(
      message(fieldSchema(field({}), "end_user", ja).safeParse("")),
      "「business name」を登記の記載どおりに入力してください",
    );
  });

  it("a format check", () => {
    const email = field({ name: "email", label: "Email", kind: "email" });
    assert.match(message(fieldSchema(email, "end_user", de).safeParse("x")), /gültige E-Mail/);
    const date = field({ name: "birth_date", label: "Date of Birth", kind: "date" });
    assert.match(message(fieldSchema(date, "end_user", de).safeParse("31/01/1980")), /JJJJ-MM-TT/);
    assert.match(
      message(fieldSchema(date, "end_user", ja).safeParse("2020-02-30")),
      /存在しません/,
    );
  });

  it("an upload refusal writes the size the German way", () => {
    const big = { size: Math.round(7.2 * 1024 * 1024), type: "application/pdf", name: "a.pdf" };
    assert.equal(checkUpload(big, de), "Die Datei ist 7,2 MB groß; erlaubt sind höchstens 5 MB");
  });
});

describe("guidance in German and Japanese", () => {
  it("22217: a document's field, Twilio's label quoted", () => {
    const input = {
      errorCode: 22217,
      fieldLabel: "Document Number",
      documentName: "Passport",
      failureReason: "The Document Number is missing.",
    };
    assert.equal(
      guidanceFor(input, gde),
      "Geben Sie „Document Number“ genau so ein, wie es auf Ihrem Dokument „Passport“ steht.",
    );
    assert.match(guidanceFor(input, gja), /「Document Number」を/);
  });

  it("18022: the advice translated, Twilio's reason kept apart in English", () => {
    const parts = guidanceParts(
      { errorCode: 18022, documentName: "Proof of address", failureReason: "Older than 3 months." },
      gde,
    );
    assert.match(parts.advice, /neueres Dokument benötigt \(Proof of address\)/);
    assert.deepEqual(parts.note, { kind: "reviewer", text: "Older than 3 months." });
    assert.match(guidanceParts({ errorCode: 18022 }, gja).advice, /より新しい書類/);
  });

  it("the details' title", () => {
    assert.equal(gde("title", { type: "business" }), "Unternehmensdaten");
    assert.equal(gja("title", { type: "individual" }), "個人情報");
  });
});

describe("dates as the customer reads them", () => {
  it("ISO in, the language's format out; anything else as it is", () => {
    assert.equal(showDate("1980-01-31", "de"), "31. Januar 1980");
    assert.equal(showDate("1980-01-31", "en"), "January 31, 1980");
    assert.equal(showDate("1980-01-31", "ja"), "1980年1月31日");
    assert.equal(showDate("31/01/1980", "de"), "31/01/1980");
  });
});
