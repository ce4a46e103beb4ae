import { axeViolations, expect, test } from "./fixtures";
import { UpdatePage } from "./pages/update-page";
import { ACCOUNTS, bundleOf, copiesOf, review, seededBundleSid, USERS } from "./support/demo";
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
    await expect(page.getByRole("region", { name: "Changes needed" })).toContainText(
      "The reviewer said: The excerpt is older than three months",
    );
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

    await review(rejectedCopy, "approve");
    await update.expectUpToDate();
    expect((await bundleOf(original, ACCOUNTS.bistro)).body.valid_until).toBeNull();
    expect(await copiesOf(original, ACCOUNTS.bistro)).toHaveLength(0);
    await page.screenshot({ path: "test-results/screens/rejected-2-done.png", fullPage: true });
  });
});
