import { axeViolations, expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { PASSWORD, seededBundleSid, USERS } from "./support/demo";

const HAMBURG = seededBundleSid("acme-hamburg");
const NOTE = "Our depot moved; the old address is on the excerpt.";

test.describe("a Bundle Twilio rejected has a way forward", () => {
  for (const size of [
    { name: "desktop", width: 1280, height: 900 },
    { name: "phone", width: 390, height: 844 },
  ])
    test(`the overdue, rejected Hamburg Bundle says why and what is at stake (${size.name})`, async ({
      page,
      login,
    }) => {
      await page.setViewportSize(size);
      await login(USERS.customer);
      await page.goto(`/bundles/${HAMBURG}`);
      const card = page.getByRole("region", { name: "Twilio rejected this Bundle" });
      await expect(card).toContainText(/Its update deadline, .* UTC, passed before an update/);
      await expect(card).toContainText(/1 phone number uses it and may stop working/);
      await expect(card.getByRole("button", { name: "Ask support to fix this" })).toBeVisible();
      // Not the empty promise of a Start button that cannot work.
      await expect(page.getByRole("link", { name: "Update compliance details" })).toHaveCount(0);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      ).toBe(true);
      expect(await axeViolations(page)).toEqual([]);
      await page.screenshot({
        path: `test-results/screens/hamburg-${size.name}.png`,
        fullPage: true,
      });
    });

  test("the customer asks support, with a note, and support sees it with the Bundle's context", async ({
    page,
    login,
    browser,
  }) => {
    await login(USERS.customer);
    // The update page of the rejected Bundle leads to the same route (it used to say only
    // "contact support").
    await page.goto(`/bundles/${HAMBURG}/update`);
    const card = page.getByRole("region", { name: "Twilio rejected this Bundle" });
    await card.getByLabel(/Anything support should know/).fill(NOTE);
    await card.getByRole("button", { name: "Ask support to fix this" }).click();
    await expect(card.getByRole("status")).toContainText(
      /You asked support for help on .* They have this Bundle's details/,
    );
    await expect(card.getByRole("button", { name: "Ask support to fix this" })).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
    // Seen from the Bundle page too, and the request is not made twice.
    await page.goto(`/bundles/${HAMBURG}`);
    await expect(page.getByText(/You asked support for help on/)).toBeVisible();

    const staff = await browser.newContext();
    const support = await staff.newPage();
    await new LoginPage(support).open();
    await new LoginPage(support).signIn(USERS.support, PASSWORD);
    await expect(support).toHaveURL(/\/support/);
    await support.goto("/support/attention");
    const asks = support.getByRole("region", { name: "Customers asking for help" });
    await expect(asks.getByRole("listitem")).toHaveCount(1);
    await expect(asks).toContainText("Acme Logistics GmbH: Acme Logistics – Hamburg depot");
    await expect(asks).toContainText(NOTE);
    await expect(asks).toContainText(HAMBURG);
    expect(await axeViolations(support)).toEqual([]);
    await staff.close();
  });
});
