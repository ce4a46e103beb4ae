import { axeViolations, expect, test } from "./fixtures";
import { PASSWORD, USERS } from "./support/demo";
import { catalog } from "./support/catalog";
const [en, de, ja] = [catalog("en"), catalog("de"), catalog("ja")];

/**
 * The portal's language (issue 16, first part: the sign-in page and the frame of every page):
 * the browser's Accept-Language, else the platform default; a choice in the switcher, saved on
 * the user and kept across sign-ins. Texts are asserted from the catalogs themselves.
 */
test.describe("the portal speaks the customer's language", () => {
  test("the sign-in page follows the browser's language, with lang set, and axe finds nothing", async ({
    browser,
  }) => {
    const context = await browser.newContext({ locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(de.Login.title);
    await expect(page.getByLabel(de.Login.password)).toBeVisible();
    await expect(page.getByRole("button", { name: de.Login.submit, exact: true })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  test("a language chosen in the switcher is saved on the user and kept on the next sign-in", async ({
    page,
    browser,
  }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    // Chosen before signing in: a cookie; the sign-in page and form follow at once.
    await page.getByLabel(en.Shell.language.label).selectOption("ja");
    await page.getByRole("button", { name: en.Shell.language.change }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await page.getByLabel(ja.Login.email).fill(USERS.nordic);
    await page.getByLabel(ja.Login.password).fill(PASSWORD);
    await page.getByRole("button", { name: ja.Login.submit, exact: true }).click();
    const main = page.getByRole("navigation", { name: ja.Shell.nav.label });
    await expect(main.getByRole("link", { name: ja.Shell.nav.bundles })).toBeVisible();
    await expect(page.getByRole("button", { name: ja.Shell.signOut })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Chosen while signed in: saved on the user, so another browser (English) gets it too.
    await page.getByLabel(ja.Shell.language.label).selectOption("de");
    await page.getByRole("button", { name: ja.Shell.language.change }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("button", { name: de.Shell.signOut })).toBeVisible();

    const other = await browser.newContext({ locale: "en-US" });
    const second = await other.newPage();
    await second.goto("/login");
    await second.getByLabel(en.Login.email).fill(USERS.nordic);
    await second.getByLabel(en.Login.password).fill(PASSWORD);
    await second.getByRole("button", { name: en.Login.submit, exact: true }).click();
    await expect(second.locator("html")).toHaveAttribute("lang", "de");
    await expect(second.getByRole("button", { name: de.Shell.signOut })).toBeVisible();
    // Statuses and deadlines in German, with German plurals and dates.
    const leeds = second.getByRole("row").filter({ hasText: "Nordic Fjord – Leeds" });
    await expect(leeds).toContainText(de.Status.twilioApproved);
    await expect(leeds).toContainText(/Noch \d+ Tage|Noch 1 Tag|Heute fällig/);
    await expect(leeds.locator("time")).toHaveText(/^\d{1,2}\. [A-Z][a-zä]+\.? \d{4}$/);
    // Back to English, so the specs after this one find the user as the seed made them.
    await second.getByLabel(de.Shell.language.label).selectOption("en");
    await second.getByRole("button", { name: de.Shell.language.change }).click();
    await expect(second.locator("html")).toHaveAttribute("lang", "en");
    await other.close();
  });
});
