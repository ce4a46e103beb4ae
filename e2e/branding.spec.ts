import { axeViolations, expect, test } from "./fixtures";
import { E2E_BRAND } from "./support/brand";
import { LoginPage } from "./pages/login-page";
import { PASSWORD, USERS, seededBundleSid } from "./support/demo";

/**
 * The platform's brand (issue 16): the e2e portal runs with its own name, logo and colour
 * (playwright.config.ts), and the sign-in page, the frame of every signed-in page, the page
 * titles and the pages of mail links wear them.
 */
test.describe("the portal wears the platform's brand", () => {
  test("sign-in page and portal pages: name, logo, colour and title", async ({ page, login }) => {
    await page.goto("/login");
    await expect(page.getByText(E2E_BRAND.name, { exact: true })).toBeVisible();
    await expect(page.locator(`img[src="${E2E_BRAND.logoUrl}"]`)).toBeVisible();
    await expect(page).toHaveTitle(`Sign in · ${E2E_BRAND.name}`);
    const signIn = page.getByRole("button", { name: "Sign in", exact: true });
    await expect(signIn).toHaveCSS("background-color", E2E_BRAND.rgb);
    expect(await axeViolations(page)).toEqual([]);

    await login(USERS.customer);
    const banner = page.getByRole("banner");
    await expect(banner.getByRole("link", { name: E2E_BRAND.name })).toBeVisible();
    await expect(banner.locator(`img[src="${E2E_BRAND.logoUrl}"]`)).toBeVisible();
    await expect(banner).toHaveCSS("border-top-color", E2E_BRAND.rgb);
    await expect(page).toHaveTitle(`Bundles · ${E2E_BRAND.name}`);
    await expect(page.getByText("Compliance Update Portal")).toHaveCount(0);
    expect(await axeViolations(page)).toEqual([]);
  });

  test("every page of the portal and of the support console wears it, with its title", async ({
    page,
    login,
  }) => {
    const wearsIt = async (path: string) => {
      await page.goto(path);
      const banner = page.getByRole("banner");
      await expect(banner.getByRole("link", { name: E2E_BRAND.name }), path).toBeVisible();
      await expect(banner.locator(`img[src="${E2E_BRAND.logoUrl}"]`), path).toBeVisible();
      await expect(banner, path).toHaveCSS("border-top-color", E2E_BRAND.rgb);
      expect(await page.title(), path).toMatch(new RegExp(` · ${E2E_BRAND.name}$`));
      await expect(page.getByText("Compliance Update Portal"), path).toHaveCount(0);
    };
    await login(USERS.customer);
    const berlin = seededBundleSid("acme-berlin");
    for (const path of [
      "/bundles",
      `/bundles/${berlin}`,
      `/bundles/${berlin}/update`,
      "/activity",
      "/settings/notifications",
    ])
      await wearsIt(path);
    await page.context().clearCookies();
    const staff = new LoginPage(page);
    await staff.open();
    await staff.signIn(USERS.admin, PASSWORD);
    await expect(page).toHaveURL(/\/support/);
    for (const path of ["/support", "/support/attention", "/support/staff"]) await wearsIt(path);
  });

  test("the pages of mail links wear it too", async ({ page }) => {
    // A tampered link still shows the page, in the platform's frame.
    await page.goto("/email/unsubscribe?t=not-a-token");
    await expect(page.getByRole("banner")).toContainText(E2E_BRAND.name);
    await expect(page.getByRole("banner")).toHaveCSS("border-top-color", E2E_BRAND.rgb);
  });
});
