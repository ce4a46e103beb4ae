import { axeViolations, expect, test } from "./fixtures";
import { UpdatePage } from "./pages/update-page";
import {
  ACCOUNTS,
  bundleOf,
  copiesOf,
  emulatorControl,
  review,
  seededBundleSid,
  USERS,
} from "./support/demo";
import { PDF_FILE } from "./support/files";

test.describe("a rejected update is fixed and resubmitted", () => {
  test("the reviewer's reason is shown, a new file is uploaded, and the approved update is applied", async ({
    page,
    login,
  }) => {
    const original = seededBundleSid("bistro-nice");
    const rejectedCopy = seededBundleSid("bistro-nice-copy");
    const update = new UpdatePage(page, original);
    await login(USERS.multi);
    await update.open();
    await update.start();

    // The copy Twilio rejected earlier is resumed, not duplicated.
    expect((await copiesOf(original, ACCOUNTS.bistro)).map((c) => c.sid)).toEqual([rejectedCopy]);
    await expect(update.headline()).toHaveText("Changes needed");
    // The reason is said once, beside the document; the status points there.
    await expect(page.getByRole("region", { name: "Changes needed" })).toContainText(
      "What the reviewer asked for is shown with each item below.",
    );
    await expect(page.getByText(/older than three months/)).toHaveCount(1);
    await page.screenshot({ path: "test-results/screens/rejected-1-reasons.png", fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    const excerpt = update.section(/Excerpt from the commercial register/);
    await expect(excerpt).toContainText(
      "Twilio's reviewer said: The excerpt is older than three months",
    );
    await excerpt.getByLabel(/file/i).setInputFiles(PDF_FILE);
    await update.save(excerpt);
    await expect(update.headline()).toHaveText("Ready to submit");
    await update.submit();
    await expect(update.headline()).toHaveText("Submitted for review");
    expect((await bundleOf(rejectedCopy, ACCOUNTS.bistro)).body.status).toBe("pending-review");

    // A second rejection with a new reason: the section shows the new reason, marked new, once.
    const second = "The company name on the excerpt differs from the business name";
    await review(rejectedCopy, "reject", [
      { documentType: "commercial_registrar_excerpt", reason: second, code: 18050 },
    ]);
    await expect(update.headline()).toHaveText("Changes needed", { timeout: 15_000 });
    await page.reload();
    await expect(update.headline()).toHaveText("Changes needed");
    // Twilio keeps the earlier excerpt assigned (it carries the address, 22229), and the
    // reviewer gave both the reason: it is said on the first and referred to on the other.
    const excerpts = update.section(/Excerpt from the commercial register/);
    const again = excerpts.first();
    await expect(again.getByText("New", { exact: true })).toBeVisible();
    if ((await excerpts.count()) > 1)
      await expect(excerpts.nth(1)).toContainText("said the same about this document as above");
    await expect(again).toContainText(`Twilio's reviewer said: ${second}`);
    await expect(page.getByText("older than three months")).toHaveCount(0);
    // Said on one document only (and kept in the History log), not again in the status.
    await expect(excerpts.filter({ hasText: second })).toHaveCount(1);
    await expect(page.getByRole("region", { name: "Changes needed" })).not.toContainText(second);
    await expect(page.getByRole("region", { name: "Changes needed" })).toContainText(
      "What the reviewer asked for is shown with each item below.",
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/screens/rejected-3-second.png", fullPage: true });

    // A rejected document needs a new file: saving without one is refused and saves nothing.
    const before = await bundleOf(rejectedCopy, ACCOUNTS.bistro);
    await update.save(again);
    await expect(again.getByText("Upload the document: a PDF, JPEG or PNG file")).toBeVisible();
    await expect(again.getByLabel(/file/i)).toBeFocused();
    await expect(update.headline()).toHaveText("Changes needed");
    expect((await bundleOf(rejectedCopy, ACCOUNTS.bistro)).body.date_updated).toBe(
      before.body.date_updated,
    );
    await again.getByLabel(/file/i).setInputFiles(PDF_FILE);
    await update.save(again);
    await expect(update.headline()).toHaveText("Ready to submit");
    await update.submit();
    await expect(update.headline()).toHaveText("Submitted for review");

    // On the worklist Nice is with Twilio now: listed apart, and not counted as needing action.
    await page.goto("/bundles");
    await expect(page.getByText("1 more is with Twilio for review.")).toBeVisible();
    const waiting = page
      .getByRole("rowgroup")
      .filter({ hasText: "With Twilio for review: nothing to do" });
    await expect(waiting).toContainText("Bistro Lumière – Nice");
    await expect(waiting.getByRole("row")).toHaveCount(2); // its heading and Nice
    await update.open();

    await review(rejectedCopy, "approve");
    await update.expectUpToDate();
    expect((await bundleOf(original, ACCOUNTS.bistro)).body.valid_until).toBeNull();
    expect(await copiesOf(original, ACCOUNTS.bistro)).toHaveLength(0);
    await page.screenshot({ path: "test-results/screens/rejected-2-done.png", fullPage: true });
  });

  test("at 390 × 844: the second rejection's new reason, a new file required, no sideways scroll", async ({
    page,
    login,
  }) => {
    test.setTimeout(150_000);
    await emulatorControl("POST", "reset");
    await page.setViewportSize({ width: 390, height: 844 });
    const fits = () =>
      page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
    const original = seededBundleSid("bistro-nice");
    const copySid = seededBundleSid("bistro-nice-copy");
    const update = new UpdatePage(page, original);
    await login(USERS.multi);
    await update.openWhenStartable();
    await update.start();
    await expect(update.headline()).toHaveText("Changes needed");
    const excerpt = update.section(/Excerpt from the commercial register/).first();
    await excerpt.getByLabel(/file/i).setInputFiles(PDF_FILE);
    await update.save(excerpt);
    await expect(update.headline()).toHaveText("Ready to submit");
    await update.submit();
    await expect(update.headline()).toHaveText("Submitted for review");

    const reason = "The excerpt must show the registered office in Nice";
    await review(copySid, "reject", [
      { documentType: "commercial_registrar_excerpt", reason, code: 18050 },
    ]);
    await expect(update.headline()).toHaveText("Changes needed", { timeout: 15_000 });
    await page.reload();
    const again = update.section(/Excerpt from the commercial register/).first();
    await expect(again.getByText("New", { exact: true })).toBeVisible();
    await expect(again).toContainText(reason);
    expect(await fits()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: "test-results/screens/phone-rejected-second.png",
      fullPage: true,
    });

    const before = (await bundleOf(copySid, ACCOUNTS.bistro)).body.date_updated;
    await update.save(again);
    await expect(again.getByText("Upload the document: a PDF, JPEG or PNG file")).toBeVisible();
    await expect(again.getByLabel(/file/i)).toBeFocused();
    expect((await bundleOf(copySid, ACCOUNTS.bistro)).body.date_updated).toBe(before);
    await again.getByLabel(/file/i).setInputFiles(PDF_FILE);
    await update.save(again);
    await expect(update.headline()).toHaveText("Ready to submit");
    await update.submit();
    await expect(update.headline()).toHaveText("Submitted for review");
    expect(await fits()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Not approved here: after the emulator's reset the seeded copy's approval callback would be
    // byte for byte the desktop run's, which the portal rightly refuses as a repeat.
  });
});
