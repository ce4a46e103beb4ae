import { expect, test } from "./fixtures";
import { LoginPage } from "./pages/login-page";
import { BundlesPage } from "./pages/bundles-page";
import { PASSWORD, USERS } from "./support/demo";

/** Issue 10's probe, kept as tests: each of these left the site, kept access or locked users out. */
test.describe("security: redirects, sessions, lock-outs and framing", () => {
  for (const payload of [
    "/.//127.0.0.1:8999/pwned.html",
    "http://localhost:3300//127.0.0.1:8999/x",
    "/bundles/../..//127.0.0.1:8999/x",
  ]) {
    test(`a signed-in user sent to /login?callbackUrl=${payload} stays on the site`, async ({
      page,
      login,
    }) => {
      await login(USERS.customer);
      await page.goto(`/login?callbackUrl=${encodeURIComponent(payload)}`);
      await page.waitForLoadState();
      expect(new URL(page.url()).hostname).toBe("localhost");
      expect(page.url()).not.toContain("8999");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    });
  }

  test("after sign-out a copy of the old session cookie opens nothing", async ({
    page,
    login,
    browser,
  }) => {
    const bundles = await login(USERS.customer);
    const stolen = await page.context().cookies();
    await bundles.signOut();
    await expect(page).toHaveURL(/\/login/);

    const replay = await browser.newContext();
    await replay.addCookies(stolen);
    const other = await replay.newPage();
    await other.goto("/bundles");
    await expect(other).toHaveURL(/\/login/);
    const session = await other.request.get("/api/auth/session");
    expect(await session.json()).toBeNull();
    await replay.close();
  });

  test("someone failing to sign in as a user elsewhere does not lock that user out of their own browser", async ({
    page,
    browser,
  }) => {
    // The user signs in once here: this browser becomes a known one for the email.
    const own = new LoginPage(page);
    await own.open();
    await own.signIn(USERS.nordic, PASSWORD);
    await new BundlesPage(page).expectLoaded();
    await new BundlesPage(page).signOut();

    // An attacker elsewhere locks the email for unknown browsers.
    const attacker = await browser.newContext();
    const attackerLogin = new LoginPage(await attacker.newPage());
    await attackerLogin.open();
    for (let i = 0; i < 5; i++) await attackerLogin.signInFailing(USERS.nordic, "guess-" + i);
    await expect(attackerLogin.error()).toContainText(/Too many failed sign-ins/);
    await attackerLogin.signIn(USERS.nordic, PASSWORD);
    await expect(attackerLogin.error()).toContainText(/Too many failed sign-ins/);
    await attacker.close();

    // The user, in their own browser, still gets in.
    await own.open();
    await own.signIn(USERS.nordic, PASSWORD);
    await new BundlesPage(page).expectLoaded();
  });

  test("pages carry a nonce-based CSP and refuse to be framed", async ({ page, login }) => {
    await login(USERS.customer);
    const response = await page.goto("/bundles");
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");

    // A same-site page that frames the worklist shows nothing of it.
    await page.setContent(`<iframe src="${page.url()}" title="framed"></iframe>`);
    const frame = page.frameLocator("iframe");
    await expect(frame.getByRole("heading", { name: /Bundles/ })).toHaveCount(0);
  });
});
