import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { BundlesPage } from "./pages/bundles-page";
import { LoginPage } from "./pages/login-page";
import { EMULATOR_URL, PASSWORD } from "./support/demo";

/** Never drive a real Twilio account from tests: the app under test must use the local emulator. */
if (!/^http:\/\/(127\.0\.0\.1|localhost)/.test(EMULATOR_URL))
  throw new Error("e2e tests run only against the local emulator");

export const test = base.extend<{
  login: (email: string) => Promise<BundlesPage>;
  loginPage: LoginPage;
}>({
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  login: async ({ page }, use) => {
    await use(async (email: string) => {
      const login = new LoginPage(page);
      await login.open();
      await login.signIn(email, PASSWORD);
      const bundles = new BundlesPage(page);
      await bundles.expectLoaded();
      return bundles;
    });
  },
});

/** WCAG 2.x A/AA (incl. 2.2) scan; returns the violations for a readable assertion. */
export async function axeViolations(page: Page) {
  // Next streams a page's <title> after its content; right after a client-side navigation axe
  // could look before it lands. Wait a moment for it; a page with none is still reported.
  await page
    .waitForFunction(() => document.title.trim() !== "", null, { timeout: 5_000 })
    .catch(() => {});
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
  );
}

export { expect };
