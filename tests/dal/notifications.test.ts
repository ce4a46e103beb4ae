/**
 * Notices (issue 13): contacts confirm first; a regulation change mails each confirmed contact
 * of the affected account once; reminders cross their thresholds once, however often and by how
 * many workers the job runs; none while the update is under review; a rejection sends its
 * reasons and the finish "up to date"; one-click unsubscribe stops them; a failed send retries
 * and is shown to support. Mails are read from the mail catcher; on PGlite and Postgres.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { eq } from "drizzle-orm";
import { seededSid } from "@portal/twilio-emulator/demo";
import type { CaughtMail } from "@portal/mail-catcher";
import { addContactInput } from "@/lib/actions/schemas/notifications";
import { sweepAccount } from "@/lib/dal/bundle-index";
import {
  addContact,
  confirmContactByLink,
  failingNotices,
  listContacts,
  saveNoticeSettings,
  sendDueReminders,
  sendNotice,
} from "@/lib/dal/notifications";
import { getUpdateView, saveGroup, submitUpdate } from "@/lib/dal/update-requests";
import { getDb } from "@/lib/db";
import { translateKeyed } from "@/lib/i18n/keyed";
import { translatorFor } from "@/lib/i18n/translator";
import { accounts, notices } from "@/lib/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import { validateMailHtml } from "@/lib/notifications/templates/html-check";
import { twilioNow } from "@/lib/twilio";
import { pdfOfSize } from "@/e2e/support/files";
import { BERLIN, BISTRO, expectConsoleError, startDal, type Dal } from "./harness";
import { findOpenRequestByOriginal } from "./db";
import { eventually, submitBerlin } from "./flow";

const LONDON = seededSid("BU", "acme-london");
const DAY = 86_400_000;

/** A fixed-offset zone in which it is now about noon: reminders go out from 09:00 local. */
function zoneAtNoon(now = new Date()): string {
  const shift = 12 - now.getUTCHours(); // hours ahead of UTC
  if (shift === 0) return "Etc/GMT";
  return shift > 0 ? `Etc/GMT-${shift}` : `Etc/GMT+${-shift}`;
}

describe("notifications", () => {
  let dal: Dal;
  let acme: Awaited<ReturnType<Dal["contextFor"]>>;
  let bistro: Awaited<ReturnType<Dal["contextFor"]>>;
  before(async () => {
    dal = await startDal();
    acme = await dal.contextFor("customer@demo.test");
    bistro = await dal.contextFor("multi@demo.test", BISTRO.sid);
    // Each account swept once before anyone is a contact: what was known then is no news.
    await sweepAccount(acme.account.id);
    await sweepAccount(bistro.account.id);
    await remindAt(twilioNow()); // anything already due (Hamburg is overdue) is taken now
  });
  after(() => dal.close());

  const mailsTo = (to: string) => dal.mail.list({ to });
  /** The reminders job at `now`, with Acme's zone set so that it is about noon there then. */
  const remindAt = async (now: Date) => {
    await saveNoticeSettings(acme, { timeZone: zoneAtNoon(now), reminderDays: [30, 14, 7, 3, 1] });
    return sendDueReminders(now);
  };
  const kindOf = (m: CaughtMail) => m.headers["x-notice-kind"];
  const noticesOf = async (email: string, kind: string) => {
    const db = await getDb();
    return (await db.select().from(notices).where(eq(notices.toEmail, email))).filter(
      (n) => n.kind === kind,
    );
  };
  /** Waits for the queued notices to be sent (jobs run in this process). */
  const settled = () =>
    eventually(async () => {
      const db = await getDb();
      const rows = await db.select().from(notices);
      return rows.every((n) => n.status !== "queued" && n.status !== "sending");
    }, "every notice sent");
  const linkIn = (mail: CaughtMail, path: string) => {
    const match = new RegExp(`https?://[^\\s"<>]*${path}[^\\s"<>]*`).exec(mail.text ?? "");
    assert.ok(match, `a ${path} link in:\n${mail.text}`);
    return match[0].replace(/&amp;/g, "&").replace(/[.,;:)]+$/, "");
  };

  it("a bad address gets a clear error; a new contact gets the confirmation and nothing else until confirmed", async () => {
    // The schema's messages are keys of the Input catalog (lib/i18n/keyed.ts), in English here.
    const input = await translatorFor("en", "Input");
    const words = (message: string) => translateKeyed(input, message);
    const bad = addContactInput.safeParse({ email: "ada@", categories: ["deadlines"] });
    assert.equal(bad.success, false);
    assert.match(words(bad.error!.issues[0]!.message), /email address like name@company\.com/);
    const none = addContactInput.safeParse({ email: "ada@acme.test", categories: [] });
    assert.match(words(none.error!.issues[0]!.message), /at least one/i);

    await addContact(acme, {
      email: "Ada@Acme.test",
      name: "Ada Lovelace",
      categories: ["deadlines", "reviews", "support"],
    });
    await addContact(acme, { email: "bob@acme.test", name: null, categories: ["deadlines"] });
    await addContact(bistro, {
      email: "chloe@bistro.test",
      name: "Chloé",
      categories: ["deadlines"],
    });
    await assert.rejects(
      addContact(acme, { email: "ada@acme.test", name: null, categories: ["deadlines"] }),
      { code: "conflict:contact" },
    );
    const [confirmation] = await dal.mail.waitFor((m) => m.to.includes("ada@acme.test"));
    assert.match(confirmation!.subject, /^Confirm your email/);
    assert.equal(kindOf(confirmation!), "confirm_contact");
    const token = new URL(linkIn(confirmation!, "/email/confirm")).searchParams.get("t")!;
    await assert.rejects(confirmContactByLink(token.slice(0, -3) + "abc"), {
      code: "bad_request:link",
    });
    await confirmContactByLink(token);
    const chloe = (await dal.mail.waitFor((m) => m.to.includes("chloe@bistro.test")))[0]!;
    await confirmContactByLink(new URL(linkIn(chloe, "/email/confirm")).searchParams.get("t"));
    await settled();
    const states = Object.fromEntries((await listContacts(acme)).map((c) => [c.email, c.state]));
    assert.deepEqual(states, {
      "customer@demo.test": "confirmed", // the demo seed's
      "ada@acme.test": "confirmed",
      "bob@acme.test": "pending",
    });
    assert.deepEqual(
      (await mailsTo("bob@acme.test")).map(kindOf),
      ["confirm_contact"],
      "bob, unconfirmed, got only his confirmation",
    );
  });

  it("a regulation change mails each confirmed contact of that account once, with a link into the update", async () => {
    await dal.control.regulationChange({ isoCountry: "GB", graceDays: 10, addRequirement: false });
    for (let i = 0; i < 2; i++) {
      await sweepAccount(acme.account.id);
      await sweepAccount(bistro.account.id);
    }
    await settled();
    const ada = (await mailsTo("ada@acme.test")).filter((m) => kindOf(m) === "new_deadline");
    assert.equal(ada.length, 1, "one new-deadline mail");
    assert.match(ada[0]!.subject, /London/);
    assert.deepEqual(
      (await mailsTo("bob@acme.test")).map(kindOf),
      ["confirm_contact"],
      "nothing to the unconfirmed contact",
    );
    assert.equal(
      (await mailsTo("chloe@bistro.test")).filter((m) => kindOf(m) !== "confirm_contact").length,
      0,
      "nothing to another account",
    );
    // Every mail: an HTML part that passes the check, a text part, one-click unsubscribe.
    const mail = ada[0]!;
    assert.deepEqual(await validateMailHtml(mail.html!), []);
    assert.ok(mail.text && !/<[a-z]/i.test(mail.text), "a plain text part");
    assert.match(
      mail.headers["list-unsubscribe"]!,
      /^<http:\/\/127\.0\.0\.1:\d+\/api\/email\/unsubscribe\?t=/,
    );
    assert.equal(mail.headers["list-unsubscribe-post"], "List-Unsubscribe=One-Click");
    // Its main link opens London's update (after sign-in), and the click is recorded.
    const res = await fetch(linkIn(mail, "/api/email/open/"), { redirect: "manual" });
    assert.equal(res.status, 303);
    const location = new URL(res.headers.get("location")!);
    assert.equal(location.pathname, "/go", "opened in the account the mail is about");
    assert.equal(location.searchParams.get("account"), acme.account.id);
    assert.equal(location.searchParams.get("to"), `/bundles/${LONDON}/update`);
    const [notice] = await noticesOf("ada@acme.test", "new_deadline");
    assert.ok(notice?.clickedAt, "the click is on the notice");
  });

  it("crossing the 7-day threshold sends one 7-day reminder per contact, however often and by how many workers the job runs", async () => {
    // London had 10 days; 3.5 days later it has 7 (Berlin goes from 7 to 4: the same threshold).
    await dal.control.advanceClock({ advanceMs: 3.5 * DAY });
    await sweepAccount(acme.account.id); // also reads Twilio's clock
    const now = twilioNow();
    assert.ok(now.getTime() - Date.now() > 3 * DAY, "Twilio's clock moved");
    await remindAt(now);
    await Promise.all([sendDueReminders(now), sendDueReminders(now)]);
    await enqueue("notices_due", {});
    await enqueue("notices_due", {});
    await settled();
    await new Promise((r) => setTimeout(r, 1500)); // the two jobs have run
    await settled();
    const reminders = (await mailsTo("ada@acme.test")).filter((m) => kindOf(m) === "reminder");
    assert.equal(reminders.length, 1, reminders.map((m) => m.subject).join("; "));
    assert.match(reminders[0]!.subject, /7 days left.*London/);
    assert.equal((await noticesOf("ada@acme.test", "digest")).length, 0);
  });

  it("a Bundle whose update is under review gets no reminder; the others still do", async () => {
    const copySid = await submitBerlin(dal, acme);
    assert.ok(copySid);
    // 4.5 days on, Berlin is overdue and London has 3 days: only London is reminded.
    const later = new Date(twilioNow().getTime() + 4.5 * DAY);
    await remindAt(later);
    await settled();
    const reminders = await noticesOf("ada@acme.test", "reminder");
    assert.deepEqual(
      reminders.map((n) => n.bundleSid).sort(),
      [LONDON, LONDON],
      "the 7-day and the 3-day reminder for London, none for Berlin",
    );
    assert.equal((await noticesOf("ada@acme.test", "digest")).length, 0);
  });

  it("a rejection mails the reviewer's reasons; the finish mails 'up to date'", async () => {
    const copySid = (await findOpenRequestByOriginal(BERLIN))!.copySid!;
    await dal.control.review(copySid, "reject", ["The ID document has expired"]);
    const [rejected] = await dal.mail.waitFor(
      (m) => m.to.includes("ada@acme.test") && kindOf(m) === "rejected",
    );
    assert.match(rejected!.subject, /not approved/);
    assert.match(rejected!.text!, /The ID document has expired/);
    assert.match(rejected!.html!, /lang="en"/);
    assert.equal(
      (await mailsTo("bob@acme.test")).filter((m) => kindOf(m) === "rejected").length,
      0,
      "bob asked for deadlines only (and is unconfirmed)",
    );
    // Fixed and resubmitted, then approved: the finish runs as a job and says so.
    const view = await getUpdateView(acme, BERLIN);
    const [group] = view.fix!.form.groups;
    const pdf = pdfOfSize(50_000);
    await saveGroup(acme, {
      originalSid: BERLIN,
      groupId: group!.id,
      values: Object.fromEntries(group!.fields.map((f) => [f.name, f.value])),
      file: new File([new Uint8Array(pdf.buffer)], pdf.name, { type: pdf.mimeType }),
    });
    await submitUpdate(acme, BERLIN);
    await dal.control.review(copySid, "approve");
    const [done] = await dal.mail.waitFor(
      (m) => m.to.includes("ada@acme.test") && kindOf(m) === "up_to_date",
      { timeoutMs: 20_000 },
    );
    assert.match(done!.text!, /nothing else to do/i);
    await settled();
    assert.equal((await noticesOf("ada@acme.test", "up_to_date")).length, 1);
  });

  it("one-click unsubscribe stops the contact's mail and shows in the settings; a tampered link is refused", async () => {
    const [mail] = (await mailsTo("ada@acme.test")).filter((m) => kindOf(m) === "reminder");
    const url = /^<(.+)>$/.exec(mail!.headers["list-unsubscribe"]!)![1]!;
    const post = (target: string) =>
      fetch(target, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: "List-Unsubscribe=One-Click",
      });
    const tampered = await post(url.replace(/.{4}$/, "AAAA"));
    assert.equal(tampered.status, 400);
    assert.equal(
      (await listContacts(acme)).find((c) => c.email === "ada@acme.test")!.state,
      "confirmed",
    );
    const res = await post(url);
    assert.equal(res.status, 200);
    assert.equal(
      (await listContacts(acme)).find((c) => c.email === "ada@acme.test")!.state,
      "unsubscribed",
    );
    // London's 1-day threshold comes: Ada gets nothing more.
    const before = (await mailsTo("ada@acme.test")).length;
    await remindAt(new Date(twilioNow().getTime() + 5.6 * DAY));
    await settled();
    assert.equal((await mailsTo("ada@acme.test")).length, before);
  });

  it("a send that fails is retried, then shown to support; at most once even when two jobs hold it", async () => {
    const contact = (await listContacts(bistro)).find((c) => c.email === "chloe@bistro.test");
    const db = await getDb();
    const [row] = await db
      .insert(notices)
      .values({
        accountId: bistro.account.id,
        contactId: contact!.id,
        toEmail: contact!.email,
        kind: "new_deadline",
        dedupeKey: "test:failing-send",
        payload: {
          kind: "new_deadline",
          bundle: {
            sid: "BU0",
            name: "Lyon",
            validUntil: "2027-01-08T00:00:00.000Z",
            path: "/bundles",
          },
        },
      })
      .returning();
    const port = new URL(dal.mailCatcher.smtpUrl).port;
    await dal.mailCatcher.close(); // the SMTP server is down
    expectConsoleError(/.*/);
    await assert.rejects(sendNotice(row!.id));
    const [failed] = await db.select().from(notices).where(eq(notices.id, row!.id));
    assert.equal(failed!.status, "queued");
    assert.equal(failed!.attempts, 1);
    assert.ok(failed!.lastError);
    // Down for good: the last attempt leaves it failed, on support's list.
    await db.update(notices).set({ attempts: 8 }).where(eq(notices.id, row!.id));
    assert.equal(await sendNotice(row!.id), "skipped");
    assert.ok(
      (await failingNotices()).some(
        (n) => n.id === row!.id && n.accountName === bistro.account.name,
      ),
    );
    // Back up and retried: two sends at once deliver one mail.
    const { startMailCatcher } = await import("@portal/mail-catcher");
    dal.mailCatcher = await startMailCatcher({ smtpPort: Number(port) });
    const { MailCatcherClient } = await import("@portal/mail-catcher/client");
    dal.mail = new MailCatcherClient(dal.mailCatcher.url);
    await db.update(notices).set({ status: "queued", attempts: 0 }).where(eq(notices.id, row!.id));
    const outcomes = await Promise.all([sendNotice(row!.id), sendNotice(row!.id)]);
    assert.deepEqual(outcomes.sort(), ["not_queued", "sent"]);
    assert.equal((await dal.mail.list({ to: contact!.email })).length, 1);
    // A send whose worker died mid-way (claimed 11 minutes ago, never finished) is taken over once.
    await db
      .update(notices)
      .set({ status: "sending", claimedAt: new Date(Date.now() - 11 * 60_000) })
      .where(eq(notices.id, row!.id));
    assert.equal(await sendNotice(row!.id), "sent");
    assert.equal(await sendNotice(row!.id), "not_queued");
    const [account] = await db.select().from(accounts).where(eq(accounts.id, bistro.account.id));
    assert.ok(account);
  });
});
