/**
 * Mails in the recipient's language and the platform's brand (issue 16), through the real send
 * path (notice queued, sent by the job, caught by the mail catcher): a contact who is a portal
 * user gets their saved language, read at send time; another contact the language stored with it
 * (the adder's, or the one asked for); anyone else the platform's default. The brand's name is
 * the sender's, its logo an absolute URL on the portal, its colour the button's.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import type { CaughtMail } from "@portal/mail-catcher";
import {
  addContact,
  confirmContactByLink,
  contactForLink,
  listContacts,
  notify,
} from "@/lib/dal/notifications";
import { getDb } from "@/lib/db";
import { accounts, notificationContacts, users } from "@/lib/db/schema";
import type { Locale } from "@/lib/i18n/locales";
import { translatorFor } from "@/lib/i18n/translator";
import { updatePath } from "@/lib/notifications/kinds";
import { validateMailHtml } from "@/lib/notifications/templates/html-check";
import { twilioNow } from "@/lib/twilio";
import { BERLIN, startDal, type Dal } from "./harness";

const BRAND = {
  PRODUCT_NAME: "Northwind Compliance",
  BRAND_PRIMARY_COLOR: "#0f5132",
  BRAND_LOGO_URL: "/brand/demo-logo.svg",
  SUPPORT_EMAIL: "help@northwind.example",
};
const DAY = 86_400_000;
const BUNDLE = "Berlin local numbers";

describe("notices in the recipient's language, wearing the platform's brand", () => {
  let dal: Dal;
  let acme: Awaited<ReturnType<Dal["contextFor"]>>;
  let timeZone: string;
  before(async () => {
    dal = await startDal({ env: { ...BRAND, DEFAULT_LOCALE: "es" } });
    acme = await dal.contextFor("customer@demo.test");
    const db = await getDb();
    // The demo customer (a seeded contact of Acme) chose French in the header.
    await db.update(users).set({ locale: "fr" }).where(eq(users.email, "customer@demo.test"));
    const [account] = await db.select().from(accounts).where(eq(accounts.id, acme.account.id));
    timeZone = account!.timeZone;
  });
  after(() => dal.close());

  const linkIn = (mail: CaughtMail, path: string) => {
    const match = new RegExp(`https?://[^\\s"<>]*${path}[^\\s"<>]*`).exec(mail.text ?? "");
    assert.ok(match, `a ${path} link in:\n${mail.text}`);
    return match[0].replace(/&amp;/g, "&").replace(/[.,;:)]+$/, "");
  };
  const tokenIn = (mail: CaughtMail, path: string) =>
    new URL(linkIn(mail, path)).searchParams.get("t");
  const mailOf = async (to: string, kind: string) =>
    (await dal.mail.waitFor((m) => m.to.includes(to) && m.headers["x-notice-kind"] === kind))[0]!;
  const dateIn = (locale: Locale, iso: string) =>
    new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone,
    }).format(new Date(iso));

  it("a contact added by someone who reads German gets the confirmation in German; the others by their own language", async () => {
    // Dora is added by a colleague whose saved language is German; Jun with Japanese asked for;
    // Emil by someone with no saved language: the platform's default (Spanish here).
    await addContact(
      { ...acme, user: { ...acme.user, locale: "de" } },
      { email: "dora@acme.test", name: "Dora", categories: ["deadlines", "reviews"] },
    );
    await addContact(acme, {
      email: "jun@acme.test",
      name: "Jun",
      categories: ["deadlines"],
      locale: "ja",
    });
    await addContact(acme, { email: "emil@acme.test", name: null, categories: ["deadlines"] });
    const db = await getDb();
    const stored = Object.fromEntries(
      (await db.select().from(notificationContacts)).map((c) => [c.email, c.locale]),
    );
    assert.deepEqual(
      [stored["dora@acme.test"], stored["jun@acme.test"], stored["emil@acme.test"]],
      ["de", "ja", null],
    );

    const de = await translatorFor("de", "Email");
    const dora = await mailOf("dora@acme.test", "confirm_contact");
    assert.equal(dora.subject, de("confirm.subject", { product: BRAND.PRODUCT_NAME }));
    assert.match(dora.html!, /<html dir="ltr" lang="de">/);
    const ja = await translatorFor("ja", "Email");
    const jun = await mailOf("jun@acme.test", "confirm_contact");
    assert.equal(jun.subject, ja("confirm.subject", { product: BRAND.PRODUCT_NAME }));
    const es = await translatorFor("es", "Email");
    const emil = await mailOf("emil@acme.test", "confirm_contact");
    assert.equal(emil.subject, es("confirm.subject", { product: BRAND.PRODUCT_NAME }));
    assert.ok(emil.text!.includes(es("layout.greetingNoName")), emil.text!);

    for (const mail of [dora, jun, emil])
      await confirmContactByLink(tokenIn(mail, "/email/confirm"));
    assert.ok((await listContacts(acme)).every((c) => c.state === "confirmed"));
  });

  it("a reminder reaches each in their language: the French user in French, with French dates and plurals", async () => {
    const validUntil = new Date(twilioNow().getTime() + 7 * DAY - 3_600_000).toISOString();
    await notify({
      accountId: acme.account.id,
      key: "test:reminder-7",
      bundleSid: BERLIN,
      payload: {
        kind: "reminder",
        bundle: { sid: BERLIN, name: BUNDLE, validUntil, path: updatePath(BERLIN) },
        threshold: 7,
      },
      targetPath: updatePath(BERLIN),
    });
    const fr = await translatorFor("fr", "Email");
    const mail = await mailOf("customer@demo.test", "reminder");
    assert.equal(mail.subject, fr("reminder.subject", { bundle: BUNDLE, days: 7 }));
    assert.match(mail.html!, /<html dir="ltr" lang="fr">/);
    const lead = fr("reminder.lead", { bundle: BUNDLE, due: dateIn("fr", validUntil), days: 7 });
    assert.ok(mail.text!.includes(lead), `${lead}\n---\n${mail.text}`);
    const [self] = (await listContacts(acme)).filter((c) => c.email === "customer@demo.test");
    assert.ok(mail.text!.includes(fr("layout.greeting", { name: self!.name! })), mail.text!);
    assert.ok(!/Hello|You get this email|Update now/.test(mail.text!), mail.text!);
    assert.deepEqual(await validateMailHtml(mail.html!), []);

    const byLocale: Array<[string, Locale]> = [
      ["dora@acme.test", "de"],
      ["jun@acme.test", "ja"],
      ["emil@acme.test", "es"],
    ];
    for (const [to, locale] of byLocale) {
      const t = await translatorFor(locale, "Email");
      const other = await mailOf(to, "reminder");
      assert.equal(other.subject, t("reminder.subject", { bundle: BUNDLE, days: 7 }), to);
      assert.match(other.html!, new RegExp(`<html dir="ltr" lang="${locale}">`));
    }
  });

  it("the mails wear the brand: its name as the sender and in the text, its logo on the portal, its colour on the button", async () => {
    const mail = await mailOf("customer@demo.test", "reminder");
    assert.match(mail.headers.from!, /^"?Northwind Compliance"? <portal@example\.test>$/);
    assert.ok(mail.text!.startsWith(BRAND.PRODUCT_NAME), mail.text!);
    assert.ok(!/Compliance Update Portal/.test(mail.html! + mail.text!));
    assert.ok(mail.html!.includes(`src="${dal.baseUrl}${BRAND.BRAND_LOGO_URL}"`), "absolute logo");
    assert.match(mail.html!, /background-color:#0f5132/);
    assert.ok(mail.html!.includes(`href="mailto:${BRAND.SUPPORT_EMAIL}"`));
  });

  it("a rejection in French quotes Twilio's reasons in English, marked so, with our advice in French", async () => {
    const reason = "The ID document has expired";
    await notify({
      accountId: acme.account.id,
      key: "test:rejected-1",
      bundleSid: BERLIN,
      payload: {
        kind: "rejected",
        bundle: { sid: BERLIN, name: BUNDLE, validUntil: null, path: updatePath(BERLIN) },
        reasons: [reason],
      },
      targetPath: updatePath(BERLIN),
    });
    const fr = await translatorFor("fr", "Email");
    const mail = await mailOf("customer@demo.test", "rejected");
    assert.equal(mail.subject, fr("rejected.subject", { bundle: BUNDLE }));
    assert.ok(mail.html!.includes(`<span lang="en">${reason}</span>`), mail.html!);
    assert.ok(mail.text!.includes(fr("rejected.adviceFix")), mail.text!);
  });

  it("the language is read at send time (a user who switches gets the next mail in the new one), and the links still work", async () => {
    const db = await getDb();
    await db.update(users).set({ locale: "de" }).where(eq(users.email, "customer@demo.test"));
    await notify({
      accountId: acme.account.id,
      key: "test:up-to-date-1",
      bundleSid: BERLIN,
      payload: {
        kind: "up_to_date",
        bundle: { sid: BERLIN, name: BUNDLE, validUntil: null, path: `/bundles/${BERLIN}` },
      },
      targetPath: `/bundles/${BERLIN}`,
    });
    const de = await translatorFor("de", "Email");
    const mail = await mailOf("customer@demo.test", "up_to_date");
    assert.equal(mail.subject, de("upToDate.subject", { bundle: BUNDLE }));

    // The French reminder's links: preferences opens, one-click unsubscribe unsubscribes.
    const reminder = await mailOf("customer@demo.test", "reminder");
    const prefs = await contactForLink("preferences", tokenIn(reminder, "/email/preferences"));
    assert.equal(prefs.email, "customer@demo.test");
    const oneClick = /^<(.+)>$/.exec(reminder.headers["list-unsubscribe"]!)![1]!;
    const res = await fetch(oneClick, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    });
    assert.equal(res.status, 200);
    const states = Object.fromEntries((await listContacts(acme)).map((c) => [c.email, c.state]));
    assert.equal(states["customer@demo.test"], "unsubscribed");
  });
});
