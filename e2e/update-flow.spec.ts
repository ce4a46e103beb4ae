import { mkdirSync, writeFileSync } from "node:fs";
import { axeViolations, expect, test } from "./fixtures";
import { ActivityPage } from "./pages/activity-page";
import { BundlesPage } from "./pages/bundles-page";
import { UpdatePage } from "./pages/update-page";
import {
  emulatorControl,
  ACCOUNTS,
  bundleOf,
  copiesOf,
  review,
  seededBundleSid,
  requestTotals,
  requestsBetween,
  USERS,
} from "./support/demo";
import { MB, oversized, pdfOfSize, PNG_FILE, TEXT_AS_PDF, TEXT_FILE } from "./support/files";

// The bench can replay the flow at a person's pace (BENCH_PACE_MS before each step): the portal
// reuses what a step has just read for seconds only, so a slower customer costs more reads.
const PACE_MS = Number(process.env.BENCH_PACE_MS ?? 0);
const atPace = () => new Promise((resolve) => setTimeout(resolve, PACE_MS));

test.describe("a customer updates an expiring Bundle", () => {
  test("the Berlin Bundle (7 days, a missing ID document, a mismatched name) goes from the worklist to up to date", async ({
    page,
    login,
  }) => {
    const original = seededBundleSid("acme-berlin");
    const update = new UpdatePage(page, original);
    await login(USERS.customer);
    // Berlin may have been updated before in this run (e2e/i18n-update.spec.ts, in German):
    // Activity is counted from what is there now, so this run's own entries are counted.
    const activity = new ActivityPage(page);
    const BERLIN = "Bundle: Acme Logistics – Berlin numbers";
    const ADDED_ID =
      "Added Government-issued ID of the Authorized Representative with First Name, Last Name, Address";
    const ADDED_ADDRESS = "Added the address Torstraße 5, Berlin 10119, DE";
    await activity.open();
    const earlier = {
      started: await activity.row("Started an update", BERLIN).count(),
      id: await activity.row(ADDED_ID).count(),
      address: await activity.row(ADDED_ADDRESS).count(),
    };
    const bundles = new BundlesPage(page);
    await page.goto("/bundles");
    await bundles.expectLoaded();

    // From the worklist to the update page.
    await bundles
      .row("Acme Logistics – Berlin numbers")
      .getByRole("link", { name: "Acme Logistics – Berlin numbers" })
      .first()
      .click();
    await page.getByRole("link", { name: "Update compliance details" }).click();
    await expect(
      page.getByRole("heading", { name: "Update your compliance details" }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    // Measured from here (the update page is open) to "up to date": the flow's own requests.
    const requestsBefore = await requestTotals();
    if (PACE_MS) test.setTimeout(120_000 + 4 * PACE_MS);
    await atPace();
    await update.start();
    await expect(update.headline()).toHaveText("2 items need your attention");
    // Focus is not dropped when the Start button goes: the status says what is next.
    await expect(update.headline()).toBeFocused();
    expect(await copiesOf(original, ACCOUNTS.acme)).toHaveLength(1);
    await page.screenshot({ path: "test-results/screens/update-1-fix.png", fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The name on the register excerpt differs from the business details. The customer says
    // what the document shows; the old excerpt reads "ACME Logistik", so a current one is needed:
    // the details' name goes onto the document only with a new file.
    const excerpt = update.section(/Excerpt from the commercial register/);
    await expect(excerpt.getByText("ACME Logistik").first()).toBeVisible();
    await atPace();
    await excerpt
      .getByRole("button", { name: "It shows “ACME Logistik”: I'll upload a current document" })
      .click();
    const excerptFile = excerpt.getByLabel(/Upload a new file/);
    await expect(excerptFile).toBeFocused();
    await expect(excerpt).toContainText(
      "Upload a current document that shows “Acme Logistics GmbH” as the business name.",
    );
    await update.save(excerpt);
    await expect(excerpt.getByText("Upload the document: a PDF, JPEG or PNG file")).toBeVisible();
    await excerptFile.setInputFiles(pdfOfSize(80_000, "handelsregister-aktuell.pdf"));
    await update.save(excerpt);
    await expect(update.headline()).toHaveText("1 item needs your attention");
    await expect(excerpt).toHaveCount(0);
    // The section is gone: saying so, and focus on what is next instead of the page's body.
    await expect(
      page.getByRole("status").filter({ hasText: "Saved: Excerpt from the commercial register" }),
    ).toBeVisible();
    await expect(update.headline()).toBeFocused();

    // The representative's ID: names, a new address and the file.
    const id = update.section(/Government-issued ID of the Authorized Representative/);
    await id.getByLabel("First Name").fill("Greta");
    await id.getByLabel("Last Name").fill("Hoffmann");
    await id.getByRole("button", { name: "Add a new address" }).click();
    await id.getByLabel("Name on the address").fill("Greta Hoffmann");
    await id.getByLabel("Street and number").fill("Torstraße 5");
    await id.getByLabel("City").fill("Berlin");
    await id.getByLabel("Region or state").fill("Berlin");
    await id.getByLabel("Postal code").fill("10119");
    await id.getByLabel("Country code").fill("DE");
    await id.getByRole("button", { name: "Add this address" }).click();
    await expect(id.getByRole("combobox", { name: /Address/ })).toContainText("Torstraße 5");
    // A wrong file type is refused before any upload; the right one shows a preview.
    const fileInput = id.getByLabel(/Document file/);
    await fileInput.setInputFiles(TEXT_FILE);
    await expect(id.getByText("Upload a PDF, JPEG or PNG file").first()).toBeVisible();
    // Too large: said at once, and the section cannot be saved without a file.
    for (const size of [5.1 * MB, 30 * MB]) {
      await fileInput.setInputFiles(oversized(size));
      await expect(id.getByText(/the limit is 5 MB/).first()).toBeVisible();
      await update.save(id);
      await expect(fileInput).toBeFocused();
      await expect(update.headline()).toHaveText("1 item needs your attention");
    }
    // A text file renamed .pdf passes the browser; the server opens it and refuses it, saving nothing.
    await fileInput.setInputFiles(TEXT_AS_PDF);
    await update.save(id);
    await expect(
      id.getByText(/not a PDF, JPEG or PNG, whatever its name says/).first(),
    ).toBeVisible();
    await expect(update.headline()).toHaveText("1 item needs your attention");
    await fileInput.setInputFiles(PNG_FILE);
    await expect(id.getByRole("img")).toBeVisible();
    await page.screenshot({ path: "test-results/screens/update-2-id-filled.png", fullPage: true });
    // The real document: a 2 MB PDF (over the 1 MB that used to fail with a 500).
    await fileInput.setInputFiles(pdfOfSize(2 * MB));
    await atPace();
    await update.save(id);

    // Check: everything passes; the review shows every value and file before submitting.
    await expect(update.headline()).toHaveText("Ready to submit");
    const reviewed = page.getByRole("region", { name: "Check your details before you submit" });
    const idReview = reviewed.getByRole("region", { name: /Government-issued ID/ });
    await expect(idReview).toContainText("Greta");
    await expect(idReview).toContainText("Torstraße 5, Berlin 10119, DE");
    await expect(idReview).toContainText("handelsregister-2026-11.pdf (PDF, 2.0 MB)");
    // The new excerpt, and the earlier one Twilio keeps (it carries the address), said so.
    const excerpts = reviewed.getByRole("region", { name: /Excerpt/ });
    await expect(excerpts.filter({ hasText: "handelsregister-aktuell.pdf" })).toHaveCount(1);
    if ((await excerpts.count()) > 1)
      await expect(
        excerpts.filter({ hasText: "The earlier copy, which you replaced" }),
      ).toHaveCount(1);
    // "What will change" lists only what the customer changed here.
    const changes = page.getByRole("region", { name: "What will change" });
    await expect(changes).toContainText("Acme Logistics GmbH");
    // One changed item (the excerpt); the untouched business details are not listed.
    await expect(changes.getByRole("table")).toHaveCount(1);
    await page.screenshot({ path: "test-results/screens/update-3-ready.png", fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Edit from the review: the section opens on this page, its first field focused.
    await idReview.getByRole("link", { name: /^Edit Government-issued ID/ }).click();
    await expect(page.getByRole("heading", { name: "Change your details" })).toBeVisible();
    const idAgain = update.section(/Government-issued ID of the Authorized Representative/);
    await expect(idAgain.getByLabel("First Name")).toBeFocused();
    await expect(idAgain.getByLabel("First Name")).toHaveValue("Greta");
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole("link", { name: "go back to the review" }).click();
    await expect(reviewed).toBeVisible();

    // Submit; Twilio reviews and approves; the page follows by itself and finishes the update.
    await atPace();
    await update.submit();
    await expect(update.headline()).toHaveText("Submitted for review");
    await expect(update.currentStep()).toContainText("Review");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/screens/update-4-review.png", fullPage: true });
    const [copy] = await copiesOf(original, ACCOUNTS.acme);
    expect(copy?.status).toBe("pending-review");
    await review(copy!.sid, "approve");

    await update.expectUpToDate();
    await expect(page.getByText("No deadline").first()).toBeVisible();
    const requestsAfter = await requestTotals();
    // Done is not a dead end: the next Bundle due is offered (Paris, 30 days).
    await expect(page.getByText(/Next: .*Paris office.* must be updated by/)).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Update Acme Logistics – Paris office" }),
    ).toBeVisible();
    // The bench asks for the request log too, to show where the requests go.
    if (process.env.DUMP_REQUESTS) {
      const log = (await emulatorControl("GET", "requests?limit=200")) as {
        requests: Array<{ at: string; method: string; path: string; operation: string }>;
      };
      mkdirSync("test-results/bench", { recursive: true });
      writeFileSync(
        "test-results/bench/requests.log",
        log.requests.map((r) => `${r.at} ${r.operation} ${r.method} ${r.path}`).join("\n"),
      );
    }
    await expect(update.timeline()).toContainText("Twilio approved your update");
    await expect(update.timeline()).toContainText("Removed the working copy — all done");
    await page.screenshot({ path: "test-results/screens/update-5-done.png", fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // Twilio's side: the original carries no deadline and no copy is left behind.
    const after = await bundleOf(original, ACCOUNTS.acme);
    expect(after.body.valid_until).toBeNull();
    expect(after.body.status).toBe("twilio-approved");
    expect(await copiesOf(original, ACCOUNTS.acme)).toHaveLength(0);

    // Activity tells the whole update by the names the customer knows, never by SID (issue 15).
    // (Newest first: `.first()` is this run's entry where an earlier run wrote the same.)
    await activity.open();
    expect(await activity.text()).not.toMatch(/\b(IT|RD|BU|AD)[0-9a-f]{32}\b/);
    await expect(activity.row("Started an update", BERLIN)).toHaveCount(earlier.started + 1);
    await expect(
      activity
        .row(
          "Uploaded a new file for Excerpt from the commercial register (Handelsregisterauszug) and changed Business Name",
          "Carla Customer",
        )
        .first(),
    ).toContainText(BERLIN);
    await expect(activity.row(ADDED_ID)).toHaveCount(earlier.id + 1);
    await expect(activity.row(ADDED_ADDRESS)).toHaveCount(earlier.address + 1);
    await expect(
      activity.row("Approved the updated details after its review", "Twilio").first(),
    ).toContainText(BERLIN);
    await expect(
      activity
        .row("Applied the approved details to the Bundle", "The portal (automatically)")
        .first(),
    ).toContainText(BERLIN);
    await expect(
      activity
        .row("Removed the working copy: the update is finished", "The portal (automatically)")
        .first(),
    ).toContainText(BERLIN);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: "test-results/screens/activity-after-update.png",
      fullPage: true,
    });
    // On a phone the table stacks into cards, each cell under its column's name.
    await page.setViewportSize({ width: 390, height: 844 });
    const phone = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      table: document.querySelector("table")?.scrollWidth ?? 0,
      width: window.innerWidth,
    }));
    expect(Math.max(phone.page, phone.table), "Activity is wider than a phone").toBeLessThanOrEqual(
      phone.width,
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: "test-results/screens/phone-activity-after-update.png",
      fullPage: true,
    });

    // Figures for the benchmark (scripts/bench-update-flow.mjs reads them).
    mkdirSync("test-results/bench", { recursive: true });
    writeFileSync(
      "test-results/bench/update-flow.json",
      // The test itself read Twilio twice in that window (the copies list, twice).
      JSON.stringify({ ...requestsBetween(requestsBefore, requestsAfter), testReads: 2 }, null, 2),
    );
  });

  test("at 390 × 844 the same flow works without sideways scrolling, bad files refused with nothing saved", async ({
    page,
    login,
  }) => {
    test.setTimeout(150_000);
    // The desktop run used Berlin up: Twilio's side starts again from the seed.
    await emulatorControl("POST", "reset");
    await page.setViewportSize({ width: 390, height: 844 });
    const original = seededBundleSid("acme-berlin");
    const update = new UpdatePage(page, original);
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    await login(USERS.customer);
    await update.openWhenStartable();
    await update.start();
    await expect(update.headline()).toHaveText("2 items need your attention");
    await expect(update.headline()).toBeFocused();
    expect(await fits()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    const [copy] = await copiesOf(original, ACCOUNTS.acme);
    const copyUpdated = async () => (await bundleOf(copy!.sid, ACCOUNTS.acme)).body.date_updated;
    const id = update.section(/Government-issued ID of the Authorized Representative/);
    const fileInput = id.getByLabel(/Document file/);

    // The name choice, then the ID with an address; each time focus lands on the status.
    const excerpt = update.section(/Excerpt from the commercial register/);
    await excerpt
      .getByRole("button", { name: "It shows “ACME Logistik”: I'll upload a current document" })
      .click();
    await expect(excerpt.getByLabel(/Upload a new file/)).toBeFocused();
    await excerpt.getByLabel(/Upload a new file/).setInputFiles(pdfOfSize(50_000, "excerpt.pdf"));
    await update.save(excerpt);
    await expect(update.headline()).toHaveText("1 item needs your attention");
    await expect(update.headline()).toBeFocused();
    await expect(id.getByLabel("First Name")).toHaveValue(/.+/); // prefilled from the details
    await id.getByRole("button", { name: "Add a new address" }).click();
    await id.getByLabel("Name on the address").fill("Greta Hoffmann");
    await id.getByLabel("Street and number").fill("Torstraße 5");
    await id.getByLabel("City").fill("Berlin");
    await id.getByLabel("Region or state").fill("Berlin");
    await id.getByLabel("Postal code").fill("10119");
    await id.getByLabel("Country code").fill("DE");
    await id.getByRole("button", { name: "Add this address" }).click();
    await expect(id.getByRole("combobox", { name: /Address/ })).toContainText("Torstraße 5");
    // 30 MB and a text file renamed .pdf: refused, and nothing reaches Twilio.
    const before = await copyUpdated();
    await fileInput.setInputFiles(oversized(30 * MB));
    await expect(id.getByText(/the limit is 5 MB/).first()).toBeVisible();
    await update.save(id);
    await expect(fileInput).toBeFocused();
    await fileInput.setInputFiles(TEXT_AS_PDF);
    await update.save(id);
    await expect(
      id.getByText(/not a PDF, JPEG or PNG, whatever its name says/).first(),
    ).toBeVisible();
    await expect(update.headline()).toHaveText("1 item needs your attention");
    expect(await copyUpdated()).toBe(before);
    expect(await fits()).toBe(true);

    await fileInput.setInputFiles(pdfOfSize(100_000, "id-card.pdf"));
    await update.save(id);
    await expect(update.headline()).toHaveText("Ready to submit");
    await expect(update.headline()).toBeFocused();

    // The review and its Edit link, at phone width.
    const reviewed = page.getByRole("region", { name: "Check your details before you submit" });
    await expect(reviewed).toContainText("id-card.pdf (PDF, 98 KB)");
    expect(await fits()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/screens/phone-update-review.png", fullPage: true });
    await reviewed
      .getByRole("region", { name: /Government-issued ID/ })
      .getByRole("link", { name: /^Edit/ })
      .click();
    await expect(
      update
        .section(/Government-issued ID of the Authorized Representative/)
        .getByLabel("First Name"),
    ).toBeFocused();
    expect(await fits()).toBe(true);
    await page.getByRole("link", { name: "go back to the review" }).click();
    await update.submit();
    await expect(update.headline()).toHaveText("Submitted for review");
    await expect(update.headline()).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);
    // Finished as on the desktop, so the specs after this one find Berlin as they did.
    await review(copy!.sid, "approve");
    await update.expectUpToDate();
    expect(await fits()).toBe(true);
  });
});
