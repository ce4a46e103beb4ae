import type { Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { ActivityPage } from "./pages/activity-page";
import { ImpersonationBanner } from "./pages/impersonation-banner";
import { LoginPage } from "./pages/login-page";
import { StartAccessForm, SupportConsole } from "./pages/support-console";
import { UpdatePage } from "./pages/update-page";
import { E2E_BRAND } from "./support/brand";
import { PASSWORD, seededBundleSid, USERS } from "./support/demo";
import { MB, pdfOfSize } from "./support/files";

const ACME = "Acme Logistics GmbH";
const REASON = "Carla called: she cannot find what is missing on the Dublin bundle.";
const SCREENS = "test-results-support/screens";

/** Staff land on the console: they have no account of their own. */
async function signInAsStaff(page: Page, email: string = USERS.support) {
  const login = new LoginPage(page);
  await login.open();
  await login.signIn(email, PASSWORD);
  const console = new SupportConsole(page);
  // The first sign-in of a run also opens and seeds the database.
  await console.expectLoaded({ timeout: 30_000 });
  return console;
}

/**
 * Sign out through the UI and wait for the sign-in page. Sign-out also refreshes the page it left,
 * which may land on /login?callbackUrl=… a moment later; dropping the cookies makes the next
 * sign-in independent of that.
 */
async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.context().clearCookies();
}

async function startAccess(
  page: Page,
  account: string,
  input: { reason?: string; ticket?: string; minutes?: number } = {},
) {
  const console = new SupportConsole(page);
  await console.open();
  await console.help(account);
  await new StartAccessForm(page).start({ reason: input.reason ?? REASON, ...input });
  await expect(page).toHaveURL(/\/bundles$/);
  const banner = new ImpersonationBanner(page);
  await banner.expectActingAs(account, "Read-only");
  return banner;
}

test.describe("support console and audited impersonation", () => {
  // A failed test must not leave support access open for the next one.
  test.afterEach(async ({ page }) => {
    const stop = new ImpersonationBanner(page)
      .region()
      .getByRole("button", { name: "Stop impersonating" });
    if (await stop.isVisible().catch(() => false)) await stop.click();
  });

  test("a support user finds an at-risk account, helps read-only, switches to assist mode and stops; the customer sees it all on /activity", async ({
    page,
    login,
  }) => {
    const console = await signInAsStaff(page);
    // Earlier specs update Acme's Berlin (in German, in e2e/i18n-update.spec.ts) and then reset
    // the emulator: the index still holds what they left until a sweep reads Twilio again.
    await page.getByRole("button", { name: "Refresh counts" }).click();
    await expect(page).toHaveURL(/refreshing=1/);
    await expect(console.row(ACME).getByRole("cell").nth(1)).toHaveText("1", { timeout: 45_000 });

    // Most urgent first: Acme has an overdue Bundle, Nordic one due in 5 days, then 30-day ones.
    const names = await console.accountRows().getByRole("rowheader").allInnerTexts();
    const order = [
      "Acme Logistics GmbH",
      "Nordic Fjord Consulting Ltd",
      "Bistro Lumière SARL",
      "Harbour Dental Pty Ltd",
    ];
    expect(names.map((n) => order.find((o) => n.includes(o)))).toEqual(order);
    const acme = console.row(ACME).getByRole("cell");
    await expect(acme.nth(0)).toHaveText("1"); // overdue (Hamburg)
    await expect(acme.nth(1)).toHaveText("1"); // within 7 days (Berlin)
    await expect(acme.nth(3)).toHaveText("2"); // under review (Munich, Cologne)
    await expect(acme.nth(4)).toHaveText("1"); // rejected (Hamburg)
    await page.screenshot({ path: `${SCREENS}/console.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    await console.refresh();
    await expect(console.accountRows()).toHaveCount(4);

    // Search by user email, subaccount SID and Bundle SID.
    await console.search("customer@demo.test");
    await expect(console.accountRows()).toHaveCount(1);
    await expect(console.row(ACME)).toBeVisible();
    await console.search("AC000000000000000000000000B15760A2");
    await expect(console.accountRows()).toHaveCount(1);
    await expect(console.row("Bistro Lumière SARL")).toBeVisible();
    await console.search(seededBundleSid("nordic-leeds"));
    await expect(console.accountRows()).toHaveCount(1);
    await expect(console.row("Nordic Fjord Consulting Ltd")).toBeVisible();
    await console.search("no such customer");
    await expect(page.getByText("No account matches")).toBeVisible();

    // A reason of at least a sentence is required.
    await console.open();
    await console.help(ACME);
    const form = new StartAccessForm(page);
    await form.start({ reason: "help" });
    await expect(page.getByText("Give the reason in at least a sentence")).toBeVisible();
    await expect(page).toHaveURL(/\/support\/accounts\//);
    await page.screenshot({ path: `${SCREENS}/start-form-error.png`, fullPage: true });
    await form.start({ reason: REASON, ticket: "ZD-1042" });

    // Read-only by default: the customer's own worklist, under a banner, with a telling title.
    await expect(page).toHaveURL(/\/bundles$/);
    const banner = new ImpersonationBanner(page);
    await banner.expectActingAs(ACME, "Read-only");
    await expect(banner.region()).toContainText(REASON);
    await expect(banner.region()).toContainText("ZD-1042");
    await expect(banner.region()).toContainText(/\d+ min left/);
    await expect(page).toHaveTitle(
      `[Support: acting as ${ACME}, read-only] Bundles · ${E2E_BRAND.name}`,
    );
    await expect(
      page.getByRole("row").filter({ hasText: "Acme Logistics – Hamburg depot" }),
    ).toBeVisible();
    await page.screenshot({ path: `${SCREENS}/banner-read-only.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Read-only: the page offers no step (the server refuses them anyway, security.spec.ts).
    const dublin = new UpdatePage(page, seededBundleSid("acme-dublin"));
    await dublin.open();
    await expect(dublin.startButton()).toBeDisabled();
    await expect(
      page.getByText("Read-only support access: switch to assist mode to start the update"),
    ).toBeVisible();
    await page.goto("/bundles");

    // Assist mode needs a confirmation, and the title says so too.
    await banner.region().getByRole("button", { name: "Switch to assist mode…" }).click();
    await expect(
      banner.region().getByRole("group", { name: `Make changes for ${ACME}?` }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await banner.region().getByRole("button", { name: "Cancel" }).click();
    await expect(banner.mode()).toHaveText("Read-only");
    await banner.switchToAssist();
    await expect(page).toHaveTitle(/\[Support: acting as Acme Logistics GmbH, assist mode\]/);
    await page.screenshot({ path: `${SCREENS}/banner-assist.png` });

    // Stop returns to the console, which says what ended.
    await banner.stop();
    await expect(page).toHaveURL(/\/support$/);
    await expect(console.endedNotice()).toContainText(`Your support access to ${ACME} ended`);
    await expect(console.endedNotice()).toContainText("stopped by the support staff member");
    await expect(banner.region()).toHaveCount(0);

    // The customer sees who, when, why and what, support access included, newest first.
    await signOut(page);
    await login(USERS.customer);
    const activity = new ActivityPage(page);
    await activity.open();
    const started = activity.row(
      "Support access started, read-only",
      "Sam Support (support staff)",
    );
    await expect(started).toHaveCount(1);
    await expect(started).toContainText(`${REASON} (ticket ZD-1042)`);
    await expect(
      activity.row("Support switched to assist mode", "Sam Support (support staff)"),
    ).toHaveCount(1);
    await expect(activity.row(/Support access ended(?!:)/, REASON)).toHaveCount(1);
    const texts = await activity.rows().allInnerTexts();
    const endedAt = texts.findIndex((t) => /Support access ended/.test(t));
    const startedAt = texts.findIndex((t) => /Support access started/.test(t));
    expect(endedAt).toBeGreaterThanOrEqual(0);
    expect(endedAt).toBeLessThan(startedAt);
    await page.screenshot({ path: `${SCREENS}/activity-customer.png`, fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
  });

  test("in assist mode, support submits a copy for the customer after a second confirmation, and the customer sees who did it", async ({
    page,
    login,
  }) => {
    await signInAsStaff(page);
    const banner = await startAccess(page, ACME, { ticket: "ZD-2001" });
    await banner.switchToAssist();
    const update = new UpdatePage(page, seededBundleSid("acme-dublin"));
    await update.open();
    await update.start();
    // The changed Irish regulation asks for a business registration certificate.
    const doc = update.section("Business registration certificate");
    await doc.getByRole("textbox", { name: "Business Registration Number" }).fill("12345678");
    // Just under the 5 MB limit: the upload travels in the server action (limit raised from 1 MB).
    await doc.locator('input[type="file"]').setInputFiles(pdfOfSize(4.9 * MB, "certificate.pdf"));
    await update.save(doc);
    await expect(page.getByRole("button", { name: "Submit for review" })).toBeVisible({
      timeout: 20_000,
    });
    await update.submit();
    // The second confirmation, on the page (not the browser's dialog), names the customer;
    // "Keep it" keeps the copy a draft and gives focus back to the button.
    const question = page.getByRole("group").filter({ hasText: "as support staff" });
    await expect(question).toContainText(`You are acting for ${ACME} as support staff`);
    await expect(question.getByRole("button", { name: "Yes, submit for review" })).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    await question.getByRole("button", { name: "Keep it" }).click();
    await expect(page.getByRole("button", { name: "Submit for review" })).toBeFocused();
    await expect(update.headline()).toHaveText("Ready to submit");
    await update.submit();
    await question.getByRole("button", { name: "Yes, submit for review" }).click();
    await expect(update.currentStep()).toContainText(/Review/);
    await banner.stop();

    await signOut(page);
    await login(USERS.customer);
    const activity = new ActivityPage(page);
    await activity.open();
    await expect(
      activity.row(
        "Submitted the updated details to Twilio for review",
        "Sam Support (support staff)",
      ),
    ).toContainText("ZD-2001");
    // The update's own history names the staff member as well, never "You".
    await update.open();
    const submitted = update
      .timeline()
      .getByRole("listitem")
      .filter({ hasText: "Submitted for review" });
    await expect(submitted).toContainText("Sam Support (support staff)");
    await expect(submitted).not.toContainText("You");
    await page.screenshot({ path: `${SCREENS}/update-timeline-customer.png`, fullPage: true });
  });

  test("the console's counts come from the Bundle index, with when they were read, and Needs attention lists what keeps failing", async ({
    page,
  }) => {
    await signInAsStaff(page);
    await expect(page.getByText(/Counts from Twilio's Bundles as of/)).toBeVisible();
    await page.getByRole("button", { name: "Refresh counts" }).click();
    await expect(page).toHaveURL(/refreshing=1/);
    await expect(page.getByText(/Counts from Twilio's Bundles as of/)).toBeVisible();
    await page.getByRole("link", { name: "Needs attention" }).click();
    await expect(page.getByRole("heading", { name: "Needs attention", level: 1 })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/needs-attention.png`, fullPage: true });
  });

  test("a customer gets not-found on the support console", async ({ page, login }) => {
    await login(USERS.customer);
    for (const path of [
      "/support",
      "/support/staff",
      "/support/accounts/00000000-0000-4000-8000-000000000000",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
      await expect(page.getByText("Support console")).toHaveCount(0);
    }
  });

  test("a support user cannot act on an account without an active impersonation", async ({
    page,
    context,
  }) => {
    await signInAsStaff(page);
    const dublin = seededBundleSid("acme-dublin");
    // No account of their own: account pages send them to the console, the API refuses.
    for (const path of [
      "/bundles",
      "/activity",
      `/bundles/${dublin}`,
      `/bundles/${dublin}/update`,
    ]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/support$/);
    }
    expect((await page.request.get(`/api/bundles/${dublin}/update-status`)).status()).toBe(401);

    // No chaining: from inside one impersonation, another cannot start.
    const banner = await startAccess(page, ACME);
    await banner.switchToAssist();
    const console = new SupportConsole(page);
    await console.open();
    await expect(
      page.getByRole("heading", { name: `You are acting as ${ACME}`, exact: true }),
    ).toBeVisible();
    await console.help("Nordic Fjord Consulting Ltd");
    await expect(page.getByText("Stop that support access first")).toBeVisible();
    await expect(page.getByRole("button", { name: "Start read-only access" })).toHaveCount(0);

    // A tab left open on the customer's update page: after Stop, its action is refused.
    const stale = await context.newPage();
    await new UpdatePage(stale, seededBundleSid("acme-paris")).open();
    await banner.stop();
    await expect(page).toHaveURL(/\/support$/);
    // Keep the action's own answer (the page then refreshes, finds no account and leaves).
    let answer = "";
    await stale.route("**/bundles/**", async (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const response = await route.fetch();
      answer = await response.text();
      await route.fulfill({ response, body: answer });
    });
    await stale.getByRole("button", { name: "Start the update" }).click();
    await expect.poll(() => answer).toContain("forbidden:no_impersonation");
    await expect(stale).toHaveURL(/\/support$/);
    await stale.close();
  });

  test("an expired impersonation stops working on the next request and returns to the console", async ({
    page,
    login,
  }) => {
    test.setTimeout(150_000);
    await signInAsStaff(page);
    // Demo mode (the emulator) offers a 1-minute session so the limit can be seen without an hour's wait.
    const banner = await startAccess(page, ACME, {
      minutes: 1,
      reason: "Checking the expiry of support access end to end.",
    });
    await expect(banner.region()).toContainText(/1 min left|less than a minute left/);
    // The banner asks for the page again when time is up; the server ends the session and redirects.
    await expect(page).toHaveURL(/\/support$/, { timeout: 100_000 });
    const console = new SupportConsole(page);
    await expect(console.endedNotice()).toContainText("time limit reached");
    await expect(banner.region()).toHaveCount(0);
    // And it stays ended: the next request has no account either.
    await page.goto("/bundles");
    await expect(page).toHaveURL(/\/support$/);
    await page.screenshot({ path: `${SCREENS}/expired.png`, fullPage: true });

    await signOut(page);
    await login(USERS.customer);
    const activity = new ActivityPage(page);
    await activity.open();
    await expect(
      activity.row("Support access ended: time limit reached", "Sam Support (support staff)"),
    ).toHaveCount(1);
  });

  test("an admin grants a new colleague the support role, who then has the console, and revokes it again", async ({
    page,
    browser,
  }) => {
    await signInAsStaff(page, USERS.admin);
    await page.getByRole("link", { name: "Support staff" }).click();
    await expect(page.getByRole("heading", { name: "Support staff", level: 1 })).toBeVisible();
    const tessRow = page.getByRole("row", { name: /Tess Trainee/ });
    await expect(tessRow).toContainText("Customer");
    await page.getByRole("button", { name: "Grant support access for Tess Trainee" }).click();
    await expect(
      page.getByRole("button", { name: "Revoke support access for Tess Trainee" }),
    ).toBeVisible();
    await expect(tessRow).toContainText("Support");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/staff-granted.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      "the staff page scrolls sideways on a phone",
    ).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENS}/phone-staff-granted.png`, fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });

    // Tess signs in with the new role: the console, not the "no account" page.
    const tess = await (await browser.newContext()).newPage();
    await signInAsStaff(tess, USERS.trainee);

    await page.getByRole("button", { name: "Revoke support access for Tess Trainee" }).click();
    await expect(
      page.getByRole("button", { name: "Grant support access for Tess Trainee" }),
    ).toBeVisible();
    await expect(tessRow).toContainText("Customer");
    // The role change ended Tess's session: the next click asks her to sign in again.
    await tess.goto("/support");
    await expect(tess).toHaveURL(/\/login/);
    await tess.context().close();
  });

  test("revoking the support role ends an active impersonation on the next request", async ({
    page,
    browser,
    login,
  }) => {
    await signInAsStaff(page);
    const banner = await startAccess(page, ACME, {
      reason: "Looking at the rejected Hamburg depot bundle.",
    });

    const adminPage = await (await browser.newContext()).newPage();
    await signInAsStaff(adminPage, USERS.admin);
    await adminPage.getByRole("link", { name: "Support staff" }).click();
    await adminPage.getByRole("button", { name: "Revoke support access for Sam Support" }).click();
    await expect(
      adminPage.getByRole("button", { name: "Grant support access for Sam Support" }),
    ).toBeVisible();

    // Sam's next click: the role change ended Sam's sessions, and with them the support access.
    await page.getByRole("link", { name: "Activity" }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(banner.region()).toHaveCount(0);

    // Restore the role for the other tests.
    await adminPage.getByRole("button", { name: "Grant support access for Sam Support" }).click();
    await expect(
      adminPage.getByRole("button", { name: "Revoke support access for Sam Support" }),
    ).toBeVisible();
    await adminPage.context().close();

    await login(USERS.customer);
    const activity = new ActivityPage(page);
    await activity.open();
    await expect(
      activity.row("Support access ended: support role revoked", "Sam Support (support staff)"),
    ).toHaveCount(1);
  });
});
