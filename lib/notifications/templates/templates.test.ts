import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { before, describe, it } from "node:test";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor, type Translator } from "@/lib/i18n/translator";
import { validateMailHtml as validate } from "./html-check";
import {
  emailBrand,
  renderNotice,
  type Brand,
  type NoticeInput,
  type NoticeKind,
  type RenderedMail,
} from "./index";
import { brand, common, lateDeadline, samples } from "./samples";

const render = (input: NoticeInput) => renderNotice(input, brand, "en");
const hasTag = (text: string) => /<\/?[a-z][^>]*>/i.test(text);
const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

interface Expectation {
  subject: string;
  action: { label: string; url: string };
  sentences: string[];
}

const expected: Record<NoticeKind, Expectation> = {
  confirm_contact: {
    subject: "Confirm your email for Compliance Update Portal",
    action: { label: "Confirm my email", url: samples.confirm_contact.confirmUrl },
    sentences: [
      "You were added by Grace Hopper as a contact for Acme Logistics GmbH compliance notices",
      "Nothing will be sent to you until you confirm your email.",
      "If you did not expect this, ignore this email.",
    ],
  },
  new_deadline: {
    subject: "Action needed: Berlin local numbers must be updated by 8 Dec 2026",
    action: { label: "Update now", url: samples.new_deadline.bundle.actionUrl },
    sentences: [
      "Twilio changed a regulation that applies to Berlin local numbers for Acme Logistics GmbH.",
      "The data must be updated by 8 Dec 2026.",
      "the phone numbers in this Bundle are at risk.",
    ],
  },
  reminder: {
    subject: "7 days left to update Berlin local numbers",
    action: { label: "Update now", url: samples.reminder.bundle.actionUrl },
    sentences: ["Berlin local numbers must be updated by 8 Dec 2026 (7 days left)."],
  },
  digest: {
    subject: "3 Bundles need updating for Acme Logistics GmbH",
    action: { label: "Open your worklist", url: samples.digest.worklistUrl },
    sentences: ["These Bundles for Acme Logistics GmbH must be updated before their deadlines"],
  },
  rejected: {
    subject: "Berlin local numbers was not approved: what to change",
    action: { label: "Fix and resubmit", url: samples.rejected.bundle.actionUrl },
    sentences: [
      "Twilio reviewed the update of Berlin local numbers for Acme Logistics GmbH and did not approve it.",
      "What we suggest:",
    ],
  },
  up_to_date: {
    subject: "Berlin local numbers is up to date",
    action: { label: "View the Bundle", url: samples.up_to_date.bundle.actionUrl },
    sentences: ["Your Bundle is approved and applied; nothing else to do."],
  },
  support_access_started: {
    subject: "Support is helping with your Acme Logistics GmbH account",
    action: { label: "See what support does", url: samples.support_access_started.activityUrl },
    sentences: [
      "Sam Support from Compliance Update Portal support opened the Acme Logistics GmbH account on 8 Dec 2026, 14:05 CET.",
      "Reason given: Customer asked for help uploading the business registration.",
      "If you did not ask for help, reply to this email or contact support@portal.example.",
    ],
  },
  support_access_ended: {
    subject: "Support finished helping with Acme Logistics GmbH",
    action: { label: "See what support did", url: samples.support_access_ended.activityUrl },
    sentences: [
      "Support had access from 8 Dec 2026, 14:05 CET to 15:10 CET.",
      "Saved the business address",
      "Uploaded a document: Handelsregister.pdf",
    ],
  },
};

// `MAIL_SAMPLES_DIR=/tmp/mail-samples node --import tsx --test …` keeps each mail to look at.
const samplesDir = process.env.MAIL_SAMPLES_DIR;

describe("every notice", () => {
  for (const kind of Object.keys(expected) as NoticeKind[]) {
    const want = expected[kind];
    describe(kind, () => {
      let mail: RenderedMail;
      const rendered = async () => (mail ??= await render(samples[kind]));

      it("has its subject", async () => {
        assert.equal((await rendered()).subject, want.subject);
        if (samplesDir) {
          mkdirSync(samplesDir, { recursive: true });
          writeFileSync(join(samplesDir, `${kind}.html`), mail.html);
          writeFileSync(
            join(samplesDir, `${kind}.txt`),
            `Subject: ${mail.subject}\n\n${mail.text}`,
          );
        }
      });

      it("links its one action in html and writes it out in text", async () => {
        const { html, text } = await rendered();
        assert.equal(count(html, `href="${want.action.url}"`), 1);
        assert.ok(html.includes(`>${want.action.label}</`), `button "${want.action.label}"`);
        assert.ok(text.includes(`${want.action.label}: ${want.action.url}`), text);
      });

      it("greets the recipient and names the product in header and footer", async () => {
        const { html, text } = await rendered();
        for (const part of [html, text]) assert.ok(part.includes("Hello Ada,"));
        assert.ok(text.startsWith(brand.productName), text);
        assert.ok(text.includes(`You get this email from ${brand.productName} because`), text);
        assert.ok(html.includes("<title>"));
        assert.ok(html.includes('<html dir="ltr" lang="en">'));
      });

      it("is valid HTML for email", async () => {
        assert.deepEqual(await validate((await rendered()).html), []);
      });

      it("loads nothing from elsewhere", async () => {
        const { html } = await rendered();
        assert.doesNotMatch(html, /<img|<link|<script|@import|url\(/i);
      });

      it("reads as plain text", async () => {
        const { text } = await rendered();
        assert.equal(hasTag(text), false, text);
        for (const sentence of want.sentences) assert.ok(text.includes(sentence), sentence);
      });

      it(
        kind === "confirm_contact"
          ? "has no unsubscribe or preferences links (not subscribed yet)"
          : "links preferences and unsubscribe in the footer",
        async () => {
          const { html, text } = await rendered();
          const links = [
            `Choose which emails you get: ${common.preferencesUrl}`,
            `Unsubscribe from these emails: ${common.unsubscribeUrl}`,
          ];
          const subscribed = kind !== "confirm_contact";
          for (const link of links) assert.equal(text.includes(link), subscribed, link);
          assert.equal(html.includes(`href="${common.unsubscribeUrl}"`), subscribed);
          assert.equal(html.includes(`href="${common.preferencesUrl}"`), subscribed);
        },
      );
    });
  }
});

describe("greeting", () => {
  it('says "Hello," without a name', async () => {
    const { html, text } = await render({ ...samples.up_to_date, recipientName: null });
    assert.ok(text.includes("Hello,\n"), text);
    assert.ok(html.includes(">Hello,</p>"));
  });
});

describe("time zones", () => {
  it("writes a deadline's date in the recipient's zone", async () => {
    const inBerlin = await render(samples.new_deadline);
    const inUtc = await render({ ...samples.new_deadline, timeZone: "UTC" });
    assert.equal(samples.new_deadline.bundle.validUntil, lateDeadline);
    assert.match(inBerlin.subject, /by 8 Dec 2026$/);
    assert.match(inUtc.subject, /by 7 Dec 2026$/);
    assert.ok(inUtc.text.includes("The data must be updated by 7 Dec 2026."));
    assert.ok(!inUtc.html.includes("8 Dec 2026"));
  });

  it("writes support times with the zone's name", async () => {
    const inUtc = await render({ ...samples.support_access_started, timeZone: "UTC" });
    assert.ok(inUtc.text.includes("account on 8 Dec 2026, 13:05 UTC."), inUtc.text);
  });

  it("writes both dates when support access spans midnight", async () => {
    const { text } = await render({
      ...samples.support_access_ended,
      startedAt: "2026-12-08T22:30:00Z",
      endedAt: "2026-12-09T00:15:00Z",
      timeZone: "UTC",
    });
    assert.ok(text.includes("from 8 Dec 2026, 22:30 UTC to 9 Dec 2026, 00:15 UTC."), text);
  });
});

describe("escaping", () => {
  const evil = '<script>alert("x")</script>';

  it("escapes names in html and keeps them as plain text", async () => {
    const { html, text } = await render({
      ...samples.new_deadline,
      recipientName: evil,
      accountName: `Acme ${evil}`,
      bundle: { ...samples.new_deadline.bundle, name: `Bundle ${evil}` },
    });
    assert.ok(!html.includes("<script"), "no script tag in html");
    assert.ok(html.includes("Hello &lt;script&gt;"), "greeting escaped");
    assert.ok(text.includes(`Hello ${evil},`), "text keeps the characters");
    assert.deepEqual(await validate(html), []);
  });

  it("keeps a subject on one line", async () => {
    const { subject } = await render({
      ...samples.up_to_date,
      bundle: { ...samples.up_to_date.bundle, name: "Berlin\r\nBcc: someone@example.com" },
    });
    assert.equal(subject, "Berlin Bcc: someone@example.com is up to date");
  });
});

describe("rejected", () => {
  const reasons = [...samples.rejected.reasons, 'Document is "blurry" & unreadable <scan>'];

  it("quotes each of Twilio's reasons verbatim, marked as English", async () => {
    const { html, text } = await render({ ...samples.rejected, reasons });
    for (const reason of reasons) assert.ok(text.includes(`“${reason}”`), reason);
    for (const reason of samples.rejected.reasons) assert.ok(html.includes(reason), reason);
    assert.ok(html.includes("&amp; unreadable &lt;scan&gt;"));
    assert.equal(count(html, '<span lang="en">'), reasons.length);
  });

  it("adds the guidance as our own lines", async () => {
    const { text } = await render(samples.rejected);
    for (const line of samples.rejected.guidance) assert.ok(text.includes(line), line);
  });

  it("says so when Twilio gave no reason, and leaves out empty guidance", async () => {
    const { text } = await render({ ...samples.rejected, reasons: [], guidance: [] });
    assert.ok(text.includes("Twilio did not say why."));
    assert.ok(!text.includes("What we suggest"));
  });
});

describe("digest", () => {
  it("lists every Bundle with its link, due date and days left", async () => {
    const { html, text } = await render(samples.digest);
    const lines = [
      "Berlin local numbers, due 8 Dec 2026 (3 days overdue). Update now: http://localhost:3000/bundles/BU0001/update",
      "Munich mobile numbers, due 20 Dec 2026 (1 day left). Update now: http://localhost:3000/bundles/BU0002/update",
      "Hamburg toll-free numbers, due 15 Jan 2027 (39 days left). Update now: http://localhost:3000/bundles/BU0003/update",
    ];
    for (const line of lines) assert.ok(text.includes(line), `${line}\n---\n${text}`);
    for (const b of samples.digest.bundles) assert.ok(html.includes(`href="${b.actionUrl}"`));
  });

  it("counts a single Bundle in the singular", async () => {
    const one = { ...samples.digest, bundles: samples.digest.bundles.slice(0, 1) };
    assert.equal((await render(one)).subject, "1 Bundle needs updating for Acme Logistics GmbH");
  });
});

describe("reminder wording", () => {
  const cases: Array<[number, string, string]> = [
    [7, "7 days left to update Berlin local numbers", "by 8 Dec 2026 (7 days left)."],
    [1, "1 day left to update Berlin local numbers", "by 8 Dec 2026 (1 day left)."],
    [0, "Overdue: Berlin local numbers must be updated now", "The deadline was 8 Dec 2026."],
    [
      -3,
      "Overdue: Berlin local numbers must be updated now",
      "The deadline was 8 Dec 2026, 3 days overdue.",
    ],
  ];
  for (const [daysLeft, subject, sentence] of cases) {
    it(`${daysLeft} days left reads "${subject}"`, async () => {
      const mail = await render({ ...samples.reminder, daysLeft });
      assert.equal(mail.subject, subject);
      assert.ok(mail.text.includes(sentence), mail.text);
      const overdue = daysLeft <= 0;
      assert.equal(mail.text.includes("are now at risk. Please update it today."), overdue);
    });
  }
});

describe("support access ended", () => {
  it('says "No changes were made." without actions', async () => {
    const { text } = await render({ ...samples.support_access_ended, actions: [] });
    assert.ok(text.includes("No changes were made."));
    assert.ok(!text.includes("What support did"));
  });

  it("tells the customer to reply when there is no support address", async () => {
    const { text } = await renderNotice(
      samples.support_access_started,
      { ...brand, supportEmail: null },
      "en",
    );
    assert.ok(text.includes("If you did not ask for help, reply to this email."));
    assert.ok(!text.includes("Questions? Write to"));
  });
});

// ---- Issue 16: the recipient's language, and the platform's brand. ----

/** The date as Intl writes it in that language, independently of format.ts. */
const dateIn = (locale: Locale, iso: string, timeZone = common.timeZone) =>
  new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone,
  }).format(new Date(iso));

/** Subject and button label each kind has in a language, read from its catalog. */
function expectedIn(t: Translator<"Email">, locale: Locale, product: string) {
  const bundle = samples.new_deadline.bundle.name;
  const account = common.accountName;
  const due = dateIn(locale, lateDeadline);
  return {
    confirm_contact: [t("confirm.subject", { product, account }), t("confirm.action")],
    new_deadline: [t("newDeadline.subject", { bundle, due }), t("newDeadline.action")],
    reminder: [t("reminder.subject", { bundle, days: 7 }), t("reminder.action")],
    digest: [t("digest.subject", { count: 3, account }), t("digest.action")],
    rejected: [t("rejected.subject", { bundle }), t("rejected.action")],
    up_to_date: [t("upToDate.subject", { bundle }), t("upToDate.action")],
    support_access_started: [t("support.startedSubject", { account }), t("support.startedAction")],
    support_access_ended: [t("support.endedSubject", { account }), t("support.endedAction")],
  } satisfies Record<NoticeKind, [string, string]>;
}

/** Sentences of the English mails that must not be left in a translated one. */
const english = [
  "Hello Ada",
  "You get this email from",
  "Update now",
  "Choose which emails you get",
];

for (const locale of ["fr", "de", "ja"] as const) {
  describe(`every notice in ${locale}`, () => {
    let t: Translator<"Email">;
    before(async () => {
      t = await translatorFor(locale, "Email");
    });

    for (const kind of Object.keys(expected) as NoticeKind[]) {
      it(`${kind}: subject, button, greeting, footer and links from the ${locale} catalog, lang=${locale}`, async () => {
        const mail = await renderNotice(samples[kind], brand, locale);
        const [subject, action] = expectedIn(t, locale, brand.productName)[kind];
        assert.equal(mail.subject, subject);
        assert.ok(mail.html.includes(`<html dir="ltr" lang="${locale}">`));
        assert.ok(mail.html.includes(`>${action}</`), `button "${action}"`);
        assert.ok(mail.text.includes(t("layout.greeting", { name: "Ada" })), mail.text);
        if (kind !== "confirm_contact") {
          const why = t("layout.whyContact", {
            product: brand.productName,
            account: common.accountName,
          });
          assert.ok(mail.text.includes(why), mail.text);
          assert.ok(mail.text.includes(`${t("layout.unsubscribe")}: ${common.unsubscribeUrl}`));
          assert.ok(mail.text.includes(`${t("layout.preferences")}: ${common.preferencesUrl}`));
        }
        for (const words of english) assert.ok(!mail.text.includes(words), `"${words}" left`);
        assert.deepEqual(await validate(mail.html), []);
        if (samplesDir)
          writeFileSync(
            join(samplesDir, `${kind}.${locale}.txt`),
            `Subject: ${mail.subject}\n\n${mail.text}`,
          );
      });
    }

    it("writes the deadline in the language's date format, in the recipient's zone", async () => {
      const { subject, text } = await renderNotice(samples.new_deadline, brand, locale);
      const due = { fr: "8 déc. 2026", de: "8. Dez. 2026", ja: "2026年12月8日" }[locale];
      assert.ok(subject.includes(due), subject);
      assert.ok(text.includes(due), text);
      assert.ok(!text.includes("8 Dec 2026"));
    });

    it("counts days and Bundles with the language's plurals", async () => {
      const one = await renderNotice({ ...samples.reminder, daysLeft: 1 }, brand, locale);
      assert.equal(one.subject, t("reminder.subject", { bundle: "Berlin local numbers", days: 1 }));
      const late = await renderNotice({ ...samples.reminder, daysLeft: -3 }, brand, locale);
      const due = dateIn(locale, lateDeadline);
      const lead = t("reminder.overdueLead", { bundle: "Berlin local numbers", due, days: 3 });
      assert.ok(late.text.includes(lead), late.text);
      const single = { ...samples.digest, bundles: samples.digest.bundles.slice(0, 1) };
      const digest = await renderNotice(single, brand, locale);
      assert.equal(digest.subject, t("digest.subject", { count: 1, account: common.accountName }));
      assert.ok(digest.text.includes(t("due.overdue", { days: 3 })), digest.text);
    });

    it("quotes Twilio's reasons as Twilio wrote them, marked English, with our words around", async () => {
      const { html, text } = await renderNotice(samples.rejected, brand, locale);
      for (const reason of samples.rejected.reasons) {
        assert.ok(html.includes(`<span lang="en">${reason}</span>`), reason);
        assert.ok(text.includes(reason), reason);
      }
      assert.ok(text.includes(t("rejected.reviewerWrote")));
      assert.ok(html.includes('<html dir="ltr" lang="' + locale + '">'));
    });

    it("writes support access times in the language", async () => {
      const { html, text } = await renderNotice(samples.support_access_ended, brand, locale);
      const from = new Intl.DateTimeFormat(locale, {
        day: "numeric",
        month: "short",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZoneName: "short",
        timeZone: common.timeZone,
      }).format(new Date(samples.support_access_ended.startedAt));
      assert.ok(text.includes(from), `${from}\n${text}`);
      // The Activity page's lines, recorded in English, are marked so.
      assert.equal(count(html, '<li lang="en"'), 2);
    });
  });
}

describe("the platform's brand", () => {
  const custom: Brand = {
    productName: "Northwind Compliance",
    supportEmail: "help@northwind.example",
    supportUrl: "https://help.northwind.example/",
    baseUrl: "https://portal.northwind.example",
    logoUrl: "https://portal.northwind.example/brand/logo.png",
    color: "#0f5132",
  };

  for (const locale of ["en", "fr"] as const) {
    it(`changes the name, logo, colour and support links of every mail (${locale})`, async () => {
      for (const kind of Object.keys(expected) as NoticeKind[]) {
        const { subject, html, text } = await renderNotice(samples[kind], custom, locale);
        assert.ok(!html.includes("Compliance Update Portal"), kind);
        assert.ok(!text.includes("Compliance Update Portal"), kind);
        assert.ok(text.startsWith(custom.productName), text);
        if (kind === "confirm_contact") assert.ok(subject.includes(custom.productName), subject);
        assert.match(
          html,
          /<img alt="" height="28" src="https:\/\/portal\.northwind\.example\/brand\/logo\.png"/,
        );
        assert.match(html, /<a href="[^"]+" style="[^"]*background-color:#0f5132/, "button colour");
        assert.ok(!html.includes("#1d4ed8"), "no default blue left");
        assert.ok(html.includes('href="mailto:help@northwind.example"'));
        assert.ok(html.includes(`href="${custom.supportUrl}"`));
        assert.ok(!/\[|https:\/\/portal\.northwind\.example\/brand/.test(text), "no logo in text");
        assert.deepEqual(await validate(html), [], kind);
      }
    });
  }

  it("emailBrand: the brand settings, the logo made absolute on the portal's public URL", () => {
    const env = {
      PRODUCT_NAME: "Northwind Compliance",
      BRAND_PRIMARY_COLOR: "#0f5132",
      BRAND_LOGO_URL: "/brand/logo.png",
      SUPPORT_EMAIL: "help@northwind.example",
      PUBLIC_BASE_URL: "https://example.com/portal/",
    };
    assert.deepEqual(emailBrand(env), {
      productName: "Northwind Compliance",
      logoUrl: "https://example.com/portal/brand/logo.png",
      color: "#0f5132",
      supportEmail: "help@northwind.example",
      supportUrl: null,
      baseUrl: "https://example.com/portal",
    });
    assert.equal(emailBrand({ ...env, BRAND_LOGO_URL: undefined }).logoUrl, null);
  });
});

describe("confirm_contact added by support", () => {
  it("words support's part in the recipient's language", async () => {
    const input = { ...samples.confirm_contact, addedBy: "Sam Support", addedBySupport: true };
    const en = await renderNotice(input, brand, "en");
    assert.ok(
      en.text.includes("You were added by Sam Support (support, on your behalf) as a contact"),
    );
    const fr = await renderNotice(input, brand, "fr");
    assert.ok(fr.text.includes("Sam Support (support, pour votre compte)"), fr.text);
  });
});
