import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PHASES, type Phase } from "@/lib/workflow";
import { translatorFor } from "@/lib/i18n/translator";
import { countryName, endUserTypeLabel, numberTypeLabel, progressLabel } from "./labels";

const en = await translatorFor("en", "Worklist");
const enSteps = await translatorFor("en", "UpdateStatus");

describe("progressLabel", () => {
  const cases: Array<[Phase, string | null, string | null]> = [
    ["starting", "Update started", "Step 1 of 7"],
    ["fixing", "Update in progress: Fill in what's missing", "Step 2 of 7"],
    ["ready", "Ready: Submit for review", "Step 4 of 7"],
    ["submitted", "In review", "Step 5 of 7"],
    ["in_review", "In review", "Step 5 of 7"],
    ["rejected", "Rejected – action needed", "Step 2 of 7"],
    ["approved", "Approved – finishing", "Step 6 of 7"],
    ["replaced", "Approved – finishing", "Step 6 of 7"],
    ["failed", "Paused – needs attention", null],
    ["done", null, null],
    ["cancelled", null, null],
  ];
  for (const [phase, label, step] of cases) {
    it(`${phase} reads ${label ?? "as no open update"}`, () => {
      const view = progressLabel(phase, en, enSteps);
      assert.equal(view?.label ?? null, label);
      assert.equal(view?.step ?? null, step);
    });
  }

  it("covers every phase of the workflow", () => {
    assert.deepEqual(
      PHASES.filter((p) => !cases.some(([c]) => c === p)),
      [],
    );
  });

  it("marks the phases where the customer must act or fix something", () => {
    assert.equal(progressLabel("rejected", en, enSteps)?.tone, "problem");
    assert.equal(progressLabel("fixing", en, enSteps)?.tone, "action");
    assert.equal(progressLabel("in_review", en, enSteps)?.tone, "waiting");
  });
});

describe("regulation words", () => {
  it("names countries, number types and end-user types", () => {
    assert.equal(countryName("DE"), "Germany");
    assert.equal(countryName("gb"), "United Kingdom");
    assert.equal(numberTypeLabel("toll-free", en).text, "Toll-free");
    assert.equal(numberTypeLabel("local", en).text, "Local");
    assert.equal(numberTypeLabel("machine_to_machine", en).text, "Machine to machine");
    assert.equal(endUserTypeLabel("business", en), "Business");
    assert.equal(endUserTypeLabel("individual", en), "Individual");
  });

  it("falls back to the code for an unknown or malformed country", () => {
    assert.equal(countryName("XX"), "XX");
    assert.equal(countryName("not a code"), "not a code");
  });
});

describe("the worklist's words in German and Japanese", async () => {
  const [de, ja, deSteps, jaSteps] = await Promise.all([
    translatorFor("de", "Worklist"),
    translatorFor("ja", "Worklist"),
    translatorFor("de", "UpdateStatus"),
    translatorFor("ja", "UpdateStatus"),
  ]);

  it("names the update's step as the update page counts it", () => {
    assert.deepEqual(progressLabel("fixing", de, deSteps), {
      label: "Aktualisierung läuft: Fehlendes ergänzen",
      tone: "action",
      step: "Schritt 2 von 7",
    });
    assert.equal(progressLabel("ready", ja, jaSteps)?.label, "準備完了：審査に提出");
  });

  it("names countries in the customer's language, and marks a number type only Twilio knows", () => {
    assert.equal(countryName("DE", "de"), "Deutschland");
    assert.equal(countryName("GB", "fr"), "Royaume-Uni");
    assert.equal(countryName("DE", "ja"), "ドイツ");
    assert.equal(countryName("XX", "de"), "XX");
    assert.deepEqual(numberTypeLabel("toll-free", de), { text: "Gebührenfrei", fromTwilio: false });
    assert.deepEqual(numberTypeLabel("machine_to_machine", de), {
      text: "Machine to machine",
      fromTwilio: true,
    });
    assert.equal(endUserTypeLabel("individual", de), "Privatperson");
  });
});
