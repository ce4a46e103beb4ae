import { expect, test } from "./fixtures";
import { UpdatePage } from "./pages/update-page";
import { ACCOUNTS, copiesOf, seededBundleSid, USERS } from "./support/demo";
import { twilioSignature } from "./support/twilio-signature";

const CALLBACK_PATH = "/api/twilio/status-callback";

test.describe("the update request survives clicks, tabs, reloads and forged callbacks", () => {
  test("starting in two tabs at once and double-clicking make one copy; a reload resumes the step", async ({
    page,
    context,
    login,
  }) => {
    const original = seededBundleSid("acme-paris");
    await login(USERS.customer);
    const first = new UpdatePage(page, original);
    const second = new UpdatePage(await context.newPage(), original);
    await first.open();
    await second.open();
    // Both tabs start at the same moment; the first also double-clicks.
    await Promise.all([first.startButton().dblclick(), second.startButton().click()]);
    await expect(first.headline()).toBeVisible();
    await expect(second.headline()).toBeVisible();
    await expect.poll(async () => (await copiesOf(original, ACCOUNTS.acme)).length).toBe(1);

    await first.page.reload();
    await expect(first.headline()).toHaveText(/need(s)? your attention|Ready to submit/);
    await second.open();
    await expect(second.headline()).toHaveText(await first.headline().innerText());
    expect(await copiesOf(original, ACCOUNTS.acme)).toHaveLength(1);
    await expect(first.timeline().getByText("Started the update (working copy made)")).toHaveCount(
      1,
    );
  });

  test("an unsigned or forged status callback is refused and changes nothing", async ({
    page,
    login,
    request,
    baseURL,
  }) => {
    // Paris: the first test of this file started its update (Dublin is the support spec's).
    const original = seededBundleSid("acme-paris");
    const update = new UpdatePage(page, original);
    await login(USERS.customer);
    await update.open();
    if (await update.startButton().isVisible()) await update.start();
    const headline = await update.headline().innerText();
    const [copy] = await copiesOf(original, ACCOUNTS.acme);
    const url = `${baseURL}${CALLBACK_PATH}`;
    const params = {
      account_sid: ACCOUNTS.acme.sid,
      bundle_sid: copy!.sid,
      status: "twilio-approved",
      failure_reason: "",
    };

    const unsigned = await request.post(url, { form: params });
    expect(unsigned.status()).toBe(403);
    const forged = await request.post(url, {
      form: params,
      headers: {
        "X-Twilio-Signature": twilioSignature("not-the-account-token-0000000000", url, params),
      },
    });
    expect(forged.status()).toBe(403);
    // Signed correctly, but for a different body than the one sent.
    const tampered = await request.post(url, {
      form: { ...params, status: "twilio-rejected" },
      headers: { "X-Twilio-Signature": twilioSignature(ACCOUNTS.acme.authToken, url, params) },
    });
    expect(tampered.status()).toBe(403);

    await update.open();
    await expect(update.headline()).toHaveText(headline);
    await expect(update.timeline()).not.toContainText("Twilio");
  });

  test("a genuine callback delivered twice is recorded once", async ({
    page,
    login,
    request,
    baseURL,
  }) => {
    const original = seededBundleSid("bistro-lyon");
    const update = new UpdatePage(page, original);
    await login(USERS.multi);
    await update.open();
    await update.start();
    const [copy] = await copiesOf(original, ACCOUNTS.bistro);
    const url = `${baseURL}${CALLBACK_PATH}`;
    // A draft callback carries nothing to act on, so only the record of it is checked here.
    const params = {
      account_sid: ACCOUNTS.bistro.sid,
      bundle_sid: copy!.sid,
      status: "in-review",
      failure_reason: "",
    };
    const headers = {
      "X-Twilio-Signature": twilioSignature(ACCOUNTS.bistro.authToken, url, params),
      "I-Twilio-Idempotency-Token": "e2e-duplicate-delivery-1",
    };
    expect((await request.post(url, { form: params, headers })).status()).toBe(204);
    expect((await request.post(url, { form: params, headers })).status()).toBe(204);
    // Applied by a background job moments later; once, however often it was delivered.
    await expect(async () => {
      await update.open();
      await expect(update.timeline().getByText("Twilio started reviewing your update")).toHaveCount(
        1,
        { timeout: 1_000 },
      );
    }).toPass({ timeout: 15_000 });
  });

  test("another account's Bundle has no update page, and a rejected or finished Bundle offers no copy", async ({
    page,
    login,
  }) => {
    await login(USERS.customer);
    const foreign = await page.goto(`/bundles/${seededBundleSid("bistro-nice")}/update`);
    expect(foreign?.status()).toBe(404);
    await expect(page.getByText("Bistro Lumière")).toHaveCount(0);

    const hamburg = new UpdatePage(page, seededBundleSid("acme-hamburg"));
    await hamburg.open();
    await expect(page.getByRole("heading", { name: "Twilio rejected this Bundle" })).toBeVisible();
    await expect(hamburg.startButton()).toHaveCount(0);
    const london = new UpdatePage(page, seededBundleSid("acme-london"));
    await london.open();
    await expect(page.getByRole("heading", { name: "No update needed" })).toBeVisible();
    await expect(london.startButton()).toHaveCount(0);
  });

  test("cancelling asks on the page, keeps the update when told to, and cancels on yes", async ({
    page,
    login,
  }) => {
    const original = seededBundleSid("acme-paris");
    await login(USERS.customer);
    const update = new UpdatePage(page, original);
    await update.open();
    if (await update.startButton().isVisible()) await update.start();
    const cancel = page.getByRole("button", { name: "Cancel this update" });
    await cancel.click();
    const ask = page.getByRole("group", { name: /Cancel this update\? What you entered/ });
    await expect(ask.getByRole("button", { name: "Yes, cancel this update" })).toBeFocused();
    await ask.getByRole("button", { name: "Keep it" }).click();
    await expect(ask).toHaveCount(0);
    await expect(cancel).toBeFocused();
    await cancel.click();
    await ask.getByRole("button", { name: "Yes, cancel this update" }).click();
    await expect(page.getByRole("button", { name: "Start the update" })).toBeVisible();
    await expect.poll(async () => (await copiesOf(original, ACCOUNTS.acme)).length).toBe(0);
  });
});
