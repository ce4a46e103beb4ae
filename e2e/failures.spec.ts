import { axeViolations, expect, test } from "./fixtures";
import { UpdatePage } from "./pages/update-page";
import {
  ACCOUNTS,
  copiesOf,
  EMULATOR_URL,
  emulatorControl,
  seededBundleSid,
  twilioGet,
  USERS,
} from "./support/demo";

/** Issue 10 R3 and V10: a failed step is said and retried; names of any length fit the page. */
test.describe("when Twilio fails, or sends the unexpected", () => {
  test("a Start that Twilio refuses with a 503 says so, retries by itself and goes on", async ({
    page,
    login,
  }) => {
    const leeds = new UpdatePage(page, seededBundleSid("nordic-leeds"));
    await login(USERS.nordic);
    await leeds.open();
    await emulatorControl("POST", "faults", {
      status: 503,
      count: 1,
      operation: "CreateBundleCopy",
    });
    await leeds.startButton().click();
    const notice = page
      .getByRole("alert")
      .filter({ hasText: "We couldn't finish starting your update" });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText("Nothing you entered is lost");
    await expect(notice.getByRole("status")).toContainText(/Trying again in \d+ s/);
    await page.screenshot({ path: "test-results/screens/failure-start.png", fullPage: true });
    // The retry runs by itself; the fault was one-off, so the update starts.
    await expect(leeds.headline()).toHaveText(/needs? your attention/, { timeout: 20_000 });
    await expect(notice).toHaveCount(0);
    await emulatorControl("DELETE", "faults");

    // The Bundle's own page says an update is open and leads back to it (issue 15), and the
    // working copy's page leads to its original.
    await page.goto(`/bundles/${seededBundleSid("nordic-leeds")}`);
    await expect(page.getByText(/Update in progress/)).toBeVisible();
    await expect(page.getByRole("link", { name: "Update compliance details" })).toHaveCount(0);
    const [copy] = await copiesOf(seededBundleSid("nordic-leeds"), ACCOUNTS.nordic);
    await page.goto(`/bundles/${copy!.sid}`);
    await expect(page.getByText(/working copy of an update in progress/)).toBeVisible();
    await page.getByRole("link", { name: "Open the update" }).click();
    await expect(leeds.headline()).toHaveText(/needs? your attention/);
  });

  test("a 20,000-character Bundle name does not widen the worklist or the Bundle page", async ({
    page,
    login,
  }) => {
    const london = seededBundleSid("acme-london");
    const original = "Acme Logistics – London sales";
    const rename = (name: string) =>
      fetch(`${EMULATOR_URL}/v2/RegulatoryCompliance/Bundles/${london}`, {
        method: "POST",
        headers: {
          authorization: `Basic ${Buffer.from(`${ACCOUNTS.acme.sid}:${ACCOUNTS.acme.authToken}`).toString("base64")}`,
          "content-type": "application/x-www-form-urlencoded",
        },
        body: new URLSearchParams({ FriendlyName: name }).toString(),
      });
    expect((await rename("L".repeat(20_000))).status).toBeLessThan(300);
    try {
      await login(USERS.customer);
      for (const path of ["/bundles?status=twilio-approved", `/bundles/${london}`]) {
        await page.goto(path);
        const { scroll, viewport } = await page.evaluate(() => ({
          scroll: document.documentElement.scrollWidth,
          viewport: window.innerWidth,
        }));
        expect(scroll, path).toBeLessThanOrEqual(viewport);
      }
    } finally {
      await rename(original);
    }
    expect(
      (await (await twilioGet(`/v2/RegulatoryCompliance/Bundles/${london}`, ACCOUNTS.acme)).json())
        .friendly_name,
    ).toBe(original);
  });

  test("a page Twilio cannot serve keeps the portal's header and offers a way on", async ({
    login,
    page,
  }) => {
    await login(USERS.customer);
    await emulatorControl("POST", "faults", { status: 503, count: 100, operation: "FetchBundle" });
    try {
      await page.goto(`/bundles/${seededBundleSid("acme-dublin")}`);
      await expect(
        page.getByRole("heading", { level: 1, name: "This page could not be loaded" }),
      ).toBeVisible();
      await expect(page.getByRole("link", { name: "Notifications" })).toBeVisible();
      await expect(page.getByRole("link", { name: "Back to your Bundles" })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await emulatorControl("DELETE", "faults");
    }
  });
});
