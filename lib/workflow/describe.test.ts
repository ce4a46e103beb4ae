import assert from "node:assert/strict";
import { describe as suite, it } from "node:test";
import { translatorFor } from "@/lib/i18n/translator";
import { describe as describeIn, type DescribeShown } from "./describe";
import { SAMPLE_NAMES, sample } from "./fixtures";
import { FAILURE_REASONS, type UpdateRequestState } from "./states";
import { attentionFor } from "./attention";

// The English words, as the existing assertions read them; German below.
const en = await translatorFor("en", "UpdateStatus");
const de = await translatorFor("de", "UpdateStatus");
const describe = (state: UpdateRequestState, shown?: DescribeShown) => describeIn(state, en, shown);

const FINISHED = /up to date|all set|you're done|you are done|complete|nothing else to do/i;
const JARGON = /valid_until|twilio-|ReplaceItems|bundle|evaluat|copySid|in_review|pending-review/i;

suite("describe", () => {
  for (const name of SAMPLE_NAMES) {
    const text = describe(sample(name));
    it(`${name}: "${text.headline}"`, () => {
      assert.ok(text.headline.length > 0 && text.detail.length > 0);
      assert.doesNotMatch(`${text.headline} ${text.detail}`, JARGON);
      if (name === "done") {
        assert.match(text.headline, /up to date/i);
        assert.equal(text.tone, "success");
      } else {
        assert.doesNotMatch(`${text.headline} ${text.detail}`, FINISHED);
        assert.notEqual(text.tone, "success");
      }
    });
  }

  it("review says who, how long, and that there is nothing to do", () => {
    for (const name of ["submitted", "inReview"] as const) {
      assert.match(
        describe(sample(name)).detail,
        /Twilio is reviewing — usually within 1 business day; nothing for you to do/,
      );
    }
  });

  it("a rejection shows the reviewer's reasons", () => {
    assert.match(describe(sample("rejected")).detail, /Proof of address is older than 3 months/);
    assert.match(
      describe(sample("fixingAfterRejection")).detail,
      /Proof of address is older than 3 months/,
    );
  });

  it("counts what is missing", () => {
    assert.match(describe(sample("fixingNoncompliant")).headline, /^2 items need/);
  });

  it("counts the form sections the page shows when it knows them (one document can fail several requirements)", () => {
    const state = sample("fixingNoncompliant");
    assert.match(describe(state, { sectionsToFix: 1 }).headline, /^1 item needs/);
    assert.match(describe(state, { sectionsToFix: 0 }).headline, /^2 items need/);
  });

  it("a problem support must solve says so plainly", () => {
    const text = describe(sample("failedOriginal"));
    assert.equal(text.tone, "problem");
    assert.match(text.detail, /Nothing for you to do/i);
  });
});

suite("reviewer reasons", () => {
  it("are quoted once, without doubling their full stop", () => {
    const text = describe({
      phase: "rejected",
      copySid: "BU" + "0".repeat(32),
      rejection: { reasons: ["The excerpt is too old.", "Name is missing"], at: new Date() },
      itemsChangedAt: null,
    }).detail;
    assert.match(text, /The reviewer said: The excerpt is too old; Name is missing\. /);
    assert.doesNotMatch(text, /\.\./);
  });

  it("are marked as quoted, so the page can mark them as English", () => {
    const text = describe({
      phase: "rejected",
      copySid: "BU" + "0".repeat(32),
      rejection: { reasons: ["The excerpt is too old.", "  "], at: new Date() },
      itemsChangedAt: null,
    });
    assert.deepEqual(text.quoted, ["The excerpt is too old"]);
    assert.ok(text.detail.includes("The excerpt is too old"));
  });
});

suite("describe in German", () => {
  it("every state has German words, formal and without English left", () => {
    for (const name of SAMPLE_NAMES) {
      const english = describe(sample(name));
      const german = describeIn(sample(name), de);
      assert.equal(german.tone, english.tone, name);
      assert.notEqual(german.headline, english.headline, name);
      assert.doesNotMatch(`${german.headline} ${german.detail}`, /\b(your|the|nothing)\b/i, name);
      assert.doesNotMatch(`${german.headline} ${german.detail}`, /\b(du|dein|deine)\b/i, name);
    }
  });

  it("counts with German plurals", () => {
    const state = sample("fixingNoncompliant");
    assert.match(describeIn(state, de, { sectionsToFix: 1 }).headline, /^1 Abschnitt /);
    assert.match(describeIn(state, de).headline, /^2 Abschnitte /);
  });

  it("quotes the reviewer's reasons as Twilio wrote them", () => {
    const text = describeIn(sample("rejected"), de);
    assert.match(text.detail, /Proof of address is older than 3 months/);
    assert.match(text.detail, /Prüfer/);
  });

  it("the English catalog words each failure as lib/workflow/attention.ts does", () => {
    for (const reason of FAILURE_REASONS)
      assert.equal(en(`attention.${reason}`), attentionFor(reason, "fix").message, reason);
  });

  it("a failure is explained in German by its reason, in English as before", () => {
    const state = sample("failedOriginal");
    assert.equal(describe(state).detail, state.phase === "failed" ? state.attention.message : "");
    assert.notEqual(describeIn(state, de).detail, describe(state).detail);
  });
});
