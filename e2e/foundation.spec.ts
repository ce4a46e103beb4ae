import { expect, test, axeViolations } from "./fixtures";
import { seededBundleSid, USERS } from "./support/demo";

test.describe("sign-in, accounts and the bundle list", () => {
  test("a demo customer sees their account's bundles, soonest deadline first", async ({
    page,
    login,
  }) => {
    const bundles = await login(USERS.customer);
    await expect(page.getByText("Acme Logistics GmbH").first()).toBeVisible();
    await expect(bundles.row("Acme Logistics – Berlin numbers")).toContainText("7 days left");
    await expect(bundles.row("Acme Logistics – Hamburg depot")).toContainText(/Overdue by 3 days/);
    await expect(bundles.row("Acme Logistics – Dublin support line")).toContainText("60 days left");
    // Soonest first: the overdue bundle leads, then Berlin (7 days).
    const names = await bundles.rows().allInnerTexts();
    const hamburg = names.findIndex((t) => t.includes("Hamburg depot"));
    const berlin = names.findIndex((t) => t.includes("Berlin numbers"));
    const dublin = names.findIndex((t) => t.includes("Dublin support line"));
    expect(hamburg).toBeGreaterThan(0);
    expect(hamburg).toBeLessThan(berlin);
    expect(berlin).toBeLessThan(dublin);
    // Another customer's bundles never appear.
    await expect(page.getByText("Bistro Lumière – Lyon")).toHaveCount(0);
    await page.screenshot({ path: "test-results/screens/bundles-customer.png", fullPage: true });
  });

  test("a bundle page shows its items and the phone numbers that depend on it", async ({
    page,
    login,
  }) => {
    await login(USERS.customer);
    await page.goto(`/bundles/${seededBundleSid("acme-berlin")}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(
      "Acme Logistics – Berlin numbers",
    );
    await expect(page.getByRole("heading", { name: /End-User/i })).toBeVisible();
    await expect(page.getByText("+4930", { exact: false }).first()).toBeVisible();
    await page.screenshot({ path: "test-results/screens/bundle-detail.png", fullPage: true });
  });

  test("a wrong password shows a clear error, and repeated failures are refused for a while", async ({
    page,
    loginPage,
  }) => {
    await loginPage.open();
    await loginPage.signIn("locked-out@demo.test", "not-the-password");
    await expect(loginPage.error()).toContainText("Email or password is incorrect.");
    for (let i = 0; i < 5; i++)
      await loginPage.signInFailing("locked-out@demo.test", "still-wrong");
    await expect(loginPage.error()).toContainText(
      /Too many failed sign-ins\. Try again in \d+ minutes?\./,
    );
    await expect(page).toHaveURL(/\/login/);
  });

  test("a customer opening another account's bundle URL gets not-found", async ({
    page,
    login,
  }) => {
    await login(USERS.customer);
    const response = await page.goto(`/bundles/${seededBundleSid("bistro-lyon")}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(/not found/i).first()).toBeVisible();
    await expect(page.getByText("Bistro Lumière")).toHaveCount(0);
    expect((await page.goto("/bundles/not-a-sid"))?.status()).toBe(404);
  });

  test("switching accounts switches the list", async ({ page, login }) => {
    const bundles = await login(USERS.multi);
    await expect(bundles.row("Bistro Lumière – Lyon").first()).toBeVisible();
    await bundles.switchAccount("Harbour Dental Pty Ltd");
    await expect(bundles.row("Harbour Dental – Sydney")).toBeVisible();
    await expect(page.getByText("Bistro Lumière – Lyon")).toHaveCount(0);
    await bundles.switchAccount("Bistro Lumière SARL");
    await expect(bundles.row("Bistro Lumière – Lyon").first()).toBeVisible();
  });

  test("signing out ends access", async ({ page, login }) => {
    const bundles = await login(USERS.customer);
    await bundles.signOut();
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/bundles");
    await expect(page).toHaveURL(/\/login/);
    await page.goto(`/bundles/${seededBundleSid("acme-berlin")}`);
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByText("Acme Logistics – Berlin numbers")).toHaveCount(0);
  });

  test("the sign-in page, the list and a bundle page have no accessibility violations", async ({
    page,
    login,
  }) => {
    await page.goto("/login");
    expect(await axeViolations(page)).toEqual([]);
    await login(USERS.multi);
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`/bundles/${seededBundleSid("bistro-nice")}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Bistro Lumière – Nice");
    expect(await axeViolations(page)).toEqual([]);
  });
});
