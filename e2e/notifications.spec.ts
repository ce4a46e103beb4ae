import { MailCatcherClient } from "@portal/mail-catcher/client";
import type { CaughtMail } from "@portal/mail-catcher";
import { axeViolations, expect, test } from "./fixtures";
import { PASSWORD, seededBundleSid, USERS } from "./support/demo";

/**
 * Email notifications (issue 13) in Chromium: the settings page (contacts with clear errors,
 * confirmation by a signed link), the caught mail's links opening the right page after sign-in,
 * preferences without signing in, and axe on each page, on a desktop and a phone.
 */
const mail = new MailCatcherClient(`http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT ?? 4326}`);
const BERLIN = seededBundleSid("acme-berlin");
/** A mail's link to Berlin's update, through /go (which opens it in the mail's account). */
const berlinLink = `to=%2Fbundles%2F${BERLIN}%2Fupdate`;

const linkIn = (m: CaughtMail, path: string) => {
  const found = new RegExp(`https?://[^\\s"<>]*${path}[^\\s"<>]*`).exec(m.text ?? "");
  if (!found) throw new Error(`no ${path} link in ${m.subject}:\n${m.text}`);
  return found[0].replace(/[.,;:)]+$/, "");
};

for (const viewport of [
  { name: "desktop", size: { width: 1280, height: 900 } },
  { name: "phone", size: { width: 390, height: 844 } },
]) {
  test.describe(`notification settings (${viewport.name})`, () => {
    test.use({ viewport: viewport.size });

    test("adds a contact with clear errors, who confirms from the mail without signing in", async ({
      login,
      page,
      browser,
    }) => {
      await login(USERS.customer);
      await page.getByRole("link", { name: "Notifications" }).click();
      await expect(
        page.getByRole("heading", { level: 1, name: "Email notifications" }),
      ).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      const noScroll = await page.evaluate(
        () => document.documentElement.scrollWidth <= window.innerWidth,
      );
      expect(noScroll, "no sideways scrolling").toBe(true);

      const email = `finance-${viewport.name}@acme.test`;
      const form = page.getByRole("form", { name: "Add a contact" });
      await form.getByLabel("Email address").fill("finance@");
      await form.getByRole("button", { name: "Add contact" }).click();
      await expect(form.getByText("Enter an email address like name@company.com.")).toBeVisible();
      await expect(form.getByLabel("Email address")).toBeFocused();
      await form.getByLabel("Email address").fill(email);
      await form.getByLabel("Name").fill("Fiona Finance");
      await form.getByRole("button", { name: "Add contact" }).click();
      await expect(form.getByRole("status")).toContainText(`Added ${email}`);
      const row = page.getByRole("listitem").filter({ hasText: email });
      await expect(row.getByText("Waiting for confirmation")).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);

      // The confirmation, opened where the contact reads mail: no session there.
      const [confirmation] = await mail.waitFor((m) => m.to.includes(email));
      expect(confirmation!.subject).toMatch(/^Confirm your email/);
      const stranger = await browser.newContext({ viewport: viewport.size });
      const inbox = await stranger.newPage();
      await inbox.goto(linkIn(confirmation!, "/email/confirm"));
      await expect(inbox.getByRole("heading", { name: "Confirm your email" })).toBeVisible();
      expect(await axeViolations(inbox)).toEqual([]);
      await inbox.getByRole("button", { name: "Confirm my email" }).click();
      await expect(inbox.getByRole("status")).toContainText("your address is confirmed");
      // A tampered link is refused with a way on.
      await inbox.goto(linkIn(confirmation!, "/email/confirm").replace(/.{3}$/, "xyz"));
      await expect(inbox.getByRole("heading", { name: "This link cannot be used" })).toBeVisible();
      await stranger.close();

      await page.reload();
      await expect(
        page.getByRole("listitem").filter({ hasText: email }).getByText("Confirmed"),
      ).toBeVisible();
    });
  });
}

test.describe("links in the mails", () => {
  test("the demo customer's deadline mail links straight to Berlin's update after sign-in", async ({
    browser,
  }) => {
    // The first sweep at the server's start found Acme's deadlines: one mail to its contact.
    const [news] = await mail.waitFor(
      (m) => m.to.includes(USERS.customer) && m.text?.includes(berlinLink) === true,
      { timeoutMs: 30_000 },
    );
    expect(news!.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(linkIn(news!, berlinLink));
    await expect(page).toHaveURL(/\/login/);
    await page.getByLabel("Email").fill(USERS.customer);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/bundles/${BERLIN}/update$`));
    await context.close();
  });

  test("a mail about a user's other account opens its Bundle in that account", async ({
    login,
    page,
  }) => {
    const sydney = seededBundleSid("harbour-sydney");
    const [news] = await mail.waitFor(
      (m) => m.to.includes(USERS.multi) && m.subject.includes("Sydney"),
      { timeoutMs: 30_000 },
    );
    await login(USERS.multi);
    await page.goto(linkIn(news!, "/api/email/open/"));
    await expect(page).toHaveURL(new RegExp(`/bundles/${sydney}/update$`));
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Sydney");
    expect(await axeViolations(page)).toEqual([]);
  });

  test("the preferences link changes what a contact gets without signing in, and the settings show it", async ({
    browser,
    login,
    page,
  }) => {
    const [any] = await mail.waitFor(
      (m) => m.to.includes(USERS.customer) && (m.text ?? "").includes("/email/preferences"),
      { timeoutMs: 30_000 },
    );
    const context = await browser.newContext();
    const inbox = await context.newPage();
    await inbox.goto(linkIn(any!, "/email/preferences"));
    await expect(inbox.getByRole("heading", { name: "Email preferences" })).toBeVisible();
    expect(await axeViolations(inbox)).toEqual([]);
    await inbox.getByRole("button", { name: "Unsubscribe from everything" }).click();
    await expect(inbox.getByRole("status")).toContainText("no more emails");

    await login(USERS.customer);
    await page.goto("/settings/notifications");
    const row = page.getByRole("listitem").filter({ hasText: USERS.customer });
    await expect(row.getByText("Unsubscribed", { exact: true })).toBeVisible();

    // Changed their mind: ticking a kind of email and saving subscribes them again.
    await inbox.getByLabel("Deadlines and reminders").check();
    await inbox.getByRole("button", { name: "Save" }).click();
    await expect(inbox.getByRole("status")).toContainText("ticked above");
    await page.reload();
    await expect(row.getByText("Confirmed")).toBeVisible();
    await context.close();
  });
});
