import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Bundle } from "@/lib/domain/types";
import { translatorFor } from "@/lib/i18n/translator";
import { summarize, summaryText, type NeedsActionSample } from "./summary";

const en = await translatorFor("en", "Worklist");

const now = new Date(2026, 10, 23, 12, 0);
const inDays = (n: number) => new Date(2026, 10, 23 + n, 12, 0);
let seq = 0;
const bundle = (validUntil: Date | null, status: Bundle["status"] = "twilio-approved"): Bundle => ({
  sid: `BU${String(++seq).padStart(32, "0")}`,
  accountSid: "AC" + "0".repeat(32),
  regulationSid: null,
  friendlyName: `Bundle ${seq}`,
  status,
  email: null,
  statusCallback: null,
  validUntil,
  dateCreated: null,
  dateUpdated: null,
});
const sample = (over: Partial<NeedsActionSample>): NeedsActionSample => ({
  deadlines: [],
  moreDeadlines: false,
  rejected: [],
  moreRejected: false,
  ...over,
});
const text = (s: NeedsActionSample) => summaryText(summarize(s, now), now, en);

describe("the worklist summary line", () => {
  const cases: Array<[string, NeedsActionSample, string]> = [
    ["nothing to do", sample({}), "Nothing needs action right now."],
    [
      "one bundle due soon",
      sample({ deadlines: [bundle(inDays(7))] }),
      "1 Bundle needs action — the soonest is due in 7 days.",
    ],
    [
      "the demo customer: one overdue and rejected, three more with deadlines",
      sample({
        deadlines: [
          bundle(inDays(-3), "twilio-rejected"),
          bundle(inDays(7)),
          bundle(inDays(30)),
          bundle(inDays(60)),
        ],
      }),
      "4 Bundles need action — 1 is overdue, the next is due in 7 days.",
    ],
    [
      "a deadline today",
      sample({ deadlines: [bundle(inDays(0)), bundle(inDays(1))] }),
      "2 Bundles need action — the soonest is due today.",
    ],
    [
      "rejected bundles without a deadline only",
      sample({ rejected: [bundle(null, "twilio-rejected")] }),
      "1 Bundle needs action — Twilio rejected it.",
    ],
    [
      "more pages than counted: says so instead of guessing",
      sample({ deadlines: [bundle(inDays(2)), bundle(inDays(3))], moreDeadlines: true }),
      "More than 2 Bundles need action — the soonest is due in 2 days.",
    ],
    [
      "a full page of overdue bundles and more pages",
      sample({ deadlines: [bundle(inDays(-9)), bundle(inDays(-2))], moreDeadlines: true }),
      "More than 2 Bundles need action — more than 2 are overdue.",
    ],
    [
      "overdue counted exactly when a later deadline is on the page",
      sample({
        deadlines: [bundle(inDays(-9)), bundle(inDays(-2)), bundle(inDays(4))],
        moreDeadlines: true,
        rejected: [bundle(null, "twilio-rejected")],
      }),
      "More than 4 Bundles need action — 2 are overdue, the next is due in 4 days.",
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => assert.equal(text(input), expected));
  }
});

describe("summaryText with updates at Twilio", () => {
  it("adds the Bundles whose update is in review, apart from those that need action", () => {
    const summary = {
      ...summarize({ deadlines: [], moreDeadlines: false, rejected: [], moreRejected: false }, now),
      waiting: 2,
    };
    assert.equal(
      summaryText(summary, now, en),
      "Nothing needs action right now. 2 more are with Twilio for review.",
    );
  });
});

describe("the summary line in the customer's language", async () => {
  const [de, fr, ja] = await Promise.all([
    translatorFor("de", "Worklist"),
    translatorFor("fr", "Worklist"),
    translatorFor("ja", "Worklist"),
  ]);
  const inLang = (t: typeof de, s: NeedsActionSample, waiting = 0) =>
    summaryText({ ...summarize(s, now), waiting }, now, t);

  it("German: one and many, with German plurals", () => {
    assert.equal(
      inLang(de, sample({ deadlines: [bundle(inDays(1))] })),
      "Bei 1 Bundle ist etwas zu tun – die nächste Frist ist in 1 Tag.",
    );
    assert.equal(
      inLang(
        de,
        sample({ deadlines: [bundle(inDays(-3)), bundle(inDays(7)), bundle(inDays(30))] }),
        1,
      ),
      "Bei 3 Bundles ist etwas zu tun – 1 ist überfällig, die nächste Frist ist in 7 Tagen. 1 weiteres ist bei Twilio in Prüfung.",
    );
    assert.equal(
      inLang(
        de,
        sample({ deadlines: [bundle(inDays(-9)), bundle(inDays(-2))], moreDeadlines: true }),
      ),
      "Bei mehr als 2 Bundles ist etwas zu tun – mehr als 2 sind überfällig.",
    );
    assert.equal(
      inLang(
        de,
        sample({ rejected: [bundle(null, "twilio-rejected"), bundle(null, "twilio-rejected")] }),
      ),
      "Bei 2 Bundles ist etwas zu tun – Twilio hat sie abgelehnt.",
    );
    assert.equal(inLang(de, sample({})), "Im Moment ist nichts zu tun.");
  });

  it("French and Japanese: their own plurals (Japanese has one form)", () => {
    assert.equal(
      inLang(fr, sample({ deadlines: [bundle(inDays(0)), bundle(inDays(2))] })),
      "2 Bundles demandent une action — l’échéance la plus proche est aujourd’hui.",
    );
    assert.equal(
      inLang(ja, sample({ deadlines: [bundle(inDays(-1)), bundle(inDays(7))] })),
      "2 件の Bundle に対応が必要です。1 件が期限切れで、次の期限は 7 日後です。",
    );
  });
});
