import type { Browser, Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { axeViolations, expect, test } from "./fixtures";
import { catalog, fill } from "./support/catalog";
import {
  ACCOUNTS,
  copiesOf,
  emulatorControl,
  PASSWORD,
  review,
  seededBundleSid,
  USERS,
} from "./support/demo";
import { pdfOfSize, TEXT_FILE } from "./support/files";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const [de, ja] = [catalog("de"), catalog("ja")];
/** The headline with its ICU plural, as the portal formats it (fill() does plain arguments). */
const sections = (locale: "de" | "ja", count: number) =>
  createTranslator({ locale, messages: catalog(locale), namespace: "UpdateStatus" })(
    "fixing.headline",
    { count },
  );

const BERLIN = seededBundleSid("acme-berlin");
const BERLIN_NAME = "Acme Logistics – Berlin numbers";
const UPDATE = `/bundles/${BERLIN}/update`;

/** The demo customer signed in with a browser that asks for `locale` (no language saved). */
async function signedIn(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const words = catalog(locale.slice(0, 2)).Login;
  await page.goto("/login");
  await page.getByLabel(words.email).fill(USERS.customer);
  await page.getByLabel(words.password).fill(PASSWORD);
  await page.getByRole("button", { name: words.submit, exact: true }).click();
  await expect(page).toHaveURL(/\/bundles/);
  return { context, page };
}

/** The update page once the portal offers Start (it trusts a read of the original for seconds). */
async function openWhenStartable(page: Page) {
  await expect(async () => {
    await page.goto(UPDATE);
    await expect(
      page.getByRole("button", { name: de.Update.buttons.start.label, exact: true }),
    ).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000, intervals: [2_000] });
}

/** A Japanese look at the same step (the same customer, another browser): words and axe. */
async function lookInJapanese(page: Page, name: string, expectText: string) {
  await page.goto(UPDATE);
  await expect(page.locator("html")).toHaveAttribute("lang", "ja");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    fill(ja.Update.title, { name: BERLIN_NAME }),
  );
  await expect(page.locator("main")).toContainText(expectText);
  await page.screenshot({
    path: `test-results/screens/i18n-update-ja-${name}.png`,
    fullPage: true,
  });
  expect(await axeViolations(page)).toEqual([]);
}

test.describe("the update flow in the customer's language", () => {
  // A run that stops half way must not leave Berlin updated for the specs after it.
  test.afterEach(async ({}, info) => {
    if (info.status !== info.expectedStatus) await emulatorControl("POST", "reset");
  });

  test("Berlin in German, from the offer to start to up to date, every text from the catalogs and axe at each step", async ({
    browser,
  }) => {
    test.setTimeout(180_000);
    // Berlin as seeded, whatever ran before (the English flow finishes it too).
    await emulatorControl("POST", "reset");
    const { context, page } = await signedIn(browser, "de-DE");
    const japanese = await signedIn(browser, "ja-JP");
    const t = de.Update;
    const status = de.UpdateStatus;
    const headline = page.locator("#status-headline");
    const progress = page.getByRole("navigation", { name: t.progress.label });

    // The offer to start: title, deadline and the three steps in German.
    await openWhenStartable(page);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page).toHaveTitle(new RegExp(t.metaTitle));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      fill(t.title, { name: BERLIN_NAME }),
    );
    await expect(page.locator("main p").filter({ hasText: t.deadline }).first()).toContainText(
      /Noch \d+ Tage?/,
    );
    const offer = page.getByRole("region", { name: t.notStarted.headline });
    await expect(offer).toBeVisible();
    for (const how of [t.notStarted.how1, t.notStarted.how2, t.notStarted.how3])
      await expect(offer).toContainText(how);
    expect(await axeViolations(page)).toEqual([]);

    // Start: the status counts the sections with German plurals; the steps are German.
    await page.getByRole("button", { name: t.buttons.start.label, exact: true }).click();
    await expect(headline).toHaveText(sections("de", 2));
    await expect(headline).toBeFocused();
    await expect(page.locator("main")).toContainText(
      fill(status.fixing.detail, { stillActive: status.stillActive }),
    );
    await expect(progress.locator('[aria-current="step"]')).toContainText(status.steps.fix.title);
    await expect(progress).toContainText(`1. ${status.steps.start.title}`);
    await expect(progress).toContainText(t.progress.complete);
    await expect(page.getByRole("heading", { name: t.fix.title })).toBeVisible();
    await expect(
      page.getByRole("button", { name: t.buttons.check.label, exact: true }),
    ).toBeVisible();
    await expect(
      page.getByRole("button", { name: t.buttons.cancel.label, exact: true }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: de.Timeline.heading })).toContainText(
      de.Timeline.copyCreated,
    );
    await page.screenshot({
      path: "test-results/screens/i18n-update-de-1-fix.png",
      fullPage: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    await lookInJapanese(japanese.page, "1-fix", sections("ja", 2));

    // The excerpt: the forms speak German too (labels, the name question, the validation).
    const f = de.Forms;
    const excerpt = page.getByRole("region", { name: /Excerpt from the commercial register/ });
    await expect(excerpt).toContainText(f.requiredNote);
    await expect(excerpt).toContainText(f.whatToFix);
    await excerpt
      .getByRole("button", { name: fill(f.mismatch.newDocument, { value: "ACME Logistik" }) })
      .click();
    const excerptFile = excerpt.getByLabel(new RegExp(f.file.new));
    await expect(excerptFile).toBeFocused();
    // Saved without the new file it asks for: refused, in German.
    await excerpt.getByRole("button", { name: f.save, exact: true }).click();
    await expect(excerpt.getByText(de.Validation.upload.missing).first()).toBeVisible();
    await excerptFile.setInputFiles(pdfOfSize(60_000, "handelsregister-aktuell.pdf"));
    await excerpt.getByRole("button", { name: f.save, exact: true }).click();
    await expect(headline).toHaveText(sections("de", 1));
    // Saved, said in German (the section's own title as the form names it).
    const savedPrefix = de.UpdateControls.savedSection.split("{title}")[0]!;
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: savedPrefix })
        .filter({ hasText: /Excerpt/ }),
    ).toBeVisible();
    await expect(headline).toBeFocused();

    // The representative's ID: a new address (German labels) and the file.
    const a = de.Address;
    const id = page.getByRole("region", {
      name: /Government-issued ID of the Authorized Representative/,
    });
    await id.getByLabel("First Name").fill("Greta");
    await id.getByLabel("Last Name").fill("Hoffmann");
    await id.getByRole("button", { name: a.addNew }).click();
    await id.getByLabel(a.customerName).fill("Greta Hoffmann");
    await id.getByLabel(a.street.generic).fill("Torstraße 5");
    await id.getByRole("textbox", { name: a.city.generic, exact: true }).fill("Berlin");
    await id.getByLabel(a.region.generic).fill("Berlin");
    await id.getByLabel(a.postalCode.generic).fill("10119");
    await id.getByLabel(a.isoCountry).fill("DE");
    await id.getByRole("button", { name: a.add }).click();
    await expect(id.getByRole("combobox", { name: /Address/ })).toContainText("Torstraße 5");
    const idFile = id.getByLabel(new RegExp(f.file.document));
    // A wrong file type is refused in German before any upload.
    await idFile.setInputFiles(TEXT_FILE);
    await expect(id.getByText(de.Validation.upload.wrongType).first()).toBeVisible();
    await page.screenshot({
      path: "test-results/screens/i18n-update-de-1b-id-form.png",
      fullPage: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    await idFile.setInputFiles(pdfOfSize(120_000, "ausweis-greta.pdf"));
    await id.getByRole("button", { name: f.save, exact: true }).click();

    // Ready: the review and "what will change" in German, files with German kinds.
    await expect(headline).toHaveText(status.ready.headline);
    await expect(page.locator("main")).toContainText(status.ready.detail);
    await expect(progress.locator('[aria-current="step"]')).toContainText(
      status.steps.submit.title,
    );
    const reviewed = page.getByRole("region", { name: t.review.title });
    await expect(reviewed).toContainText(t.review.intro.replace(/<\/?mark>/g, ""));
    const idReview = reviewed.getByRole("region", { name: /Government-issued ID/ });
    await expect(idReview).toContainText("Greta");
    await expect(idReview).toContainText(t.review.changed);
    await expect(idReview).toContainText(t.review.file);
    await expect(idReview).toContainText(/ausweis-greta\.pdf \(PDF, .+\)/);
    await expect(idReview).toContainText(t.review.newFile);
    await expect(
      idReview.getByRole("link", { name: new RegExp(`^${t.review.edit.replace(/<.+$/, "")}`) }),
    ).toBeVisible();
    const changes = page.getByRole("region", { name: t.changes.title });
    await expect(changes.getByRole("columnheader", { name: t.changes.field })).toHaveCount(1);
    await expect(changes.getByRole("columnheader", { name: t.changes.before })).toHaveCount(1);
    await expect(changes.getByRole("columnheader", { name: t.changes.after })).toHaveCount(1);
    await expect(changes).toContainText("Acme Logistics GmbH");
    await page.screenshot({
      path: "test-results/screens/i18n-update-de-2-ready.png",
      fullPage: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    // German's longer words still fit a phone: no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true);
    await page.screenshot({
      path: "test-results/screens/i18n-update-de-2-ready-phone.png",
      fullPage: true,
    });
    await page.setViewportSize({ width: 1280, height: 720 });
    await lookInJapanese(japanese.page, "2-ready", ja.UpdateStatus.ready.headline);

    // Edit from the review, in German, and back.
    await idReview
      .getByRole("link", { name: new RegExp(`^${t.review.edit.replace(/<.+$/, "")}`) })
      .click();
    await expect(page.getByRole("heading", { name: t.fix.editTitle })).toBeVisible();
    const back = t.fix.editHint.match(/<link>(.+)<\/link>/)![1]!;
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: back }).click();
    await expect(reviewed).toBeVisible();

    // Submit: the review is Twilio's; the page says so and follows by itself.
    await page.getByRole("button", { name: t.buttons.submit.label, exact: true }).click();
    await expect(headline).toHaveText(status.submitted.headline);
    await expect(page.locator("main")).toContainText(status.reviewWait);
    await expect(page.getByText(de.UpdateControls.polling)).toBeVisible();
    await expect(progress.locator('[aria-current="step"]')).toContainText(
      status.steps.review.title,
    );
    await expect(page.getByRole("region", { name: de.Timeline.heading })).toContainText(
      de.Timeline.submitted,
    );
    await page.screenshot({
      path: "test-results/screens/i18n-update-de-3-review.png",
      fullPage: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    await lookInJapanese(japanese.page, "3-review", ja.UpdateStatus.submitted.headline);

    // Twilio approves; the portal finishes by itself: up to date, in German.
    const [copy] = await copiesOf(BERLIN, ACCOUNTS.acme);
    expect(copy?.status).toBe("pending-review");
    await review(copy!.sid, "approve");
    const done = page.getByRole("heading", { name: t.notStarted.upToDate.headline });
    await expect(done).toBeVisible({ timeout: 30_000 });
    await expect(page.locator("main")).toContainText(t.notStarted.upToDate.detail);
    await expect(page.getByText(de.Deadline.none).first()).toBeVisible();
    // The way on: the next Bundle due (Paris), in German.
    await expect(page.locator("main")).toContainText(/Als Nächstes: .*Paris office.* muss/);
    await expect(
      page.getByRole("link", {
        name: fill(t.notStarted.updateNext, { name: "Acme Logistics – Paris office" }),
      }),
    ).toBeVisible();
    const history = page.getByRole("region", { name: de.Timeline.heading });
    // The approval is Twilio's callback, or the portal's own read when that came first (a
    // callback after it repeats what is known and adds no line).
    const readApproved = createTranslator({ locale: "de", messages: catalog("de") })(
      "Timeline.observed",
      { phase: "approved" },
    );
    await expect(history).toContainText(
      new RegExp(`${escape(de.Timeline.status.twilioApproved)}|${escape(readApproved)}`),
    );
    for (const entry of [
      de.Timeline.copyCreated,
      de.Timeline.submitted,
      de.Timeline.itemsReplaced,
      de.Timeline.originalConfirmed,
      de.Timeline.copyDeleted,
    ])
      await expect(history).toContainText(entry);
    await expect(history).toContainText(`${de.Timeline.by.you}`);
    await expect(history.locator("time").first()).toHaveText(
      /^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2} UTC$/,
    );
    await page.screenshot({
      path: "test-results/screens/i18n-update-de-4-done.png",
      fullPage: true,
    });
    expect(await axeViolations(page)).toEqual([]);
    await lookInJapanese(japanese.page, "4-done", ja.Update.notStarted.upToDate.headline);

    // Berlin as seeded again for the specs after this one (Twilio's side; the portal follows).
    await emulatorControl("POST", "reset");
    await openWhenStartable(page);
    await japanese.context.close();
    await context.close();
  });
});
