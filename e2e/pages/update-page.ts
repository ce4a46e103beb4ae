import { expect, type Locator, type Page } from "@playwright/test";

/** The update wizard at /bundles/{sid}/update, by intent. */
export class UpdatePage {
  constructor(
    readonly page: Page,
    readonly originalSid: string,
  ) {}

  async open() {
    await this.page.goto(`/bundles/${this.originalSid}/update`);
    await expect(this.page.getByRole("heading", { level: 1 })).toContainText("Update");
  }

  headline() {
    return this.page.locator("#status-headline");
  }

  startButton() {
    return this.page.getByRole("button", { name: "Start the update" });
  }

  /**
   * After the emulator was reset behind the portal's back: the portal trusts its reads of the
   * original for a few seconds (lib/dal/update-requests/original-reads.ts), so wait for Start.
   */
  async openWhenStartable() {
    await expect(async () => {
      await this.open();
      await expect(this.startButton()).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000, intervals: [2_000] });
  }

  async start() {
    await this.startButton().click();
    await expect(this.headline()).toBeVisible();
  }

  /** A generated form section by its title (an h3 inside a labelled section). */
  section(title: string | RegExp): Locator {
    return this.page.getByRole("region", { name: title });
  }

  async save(section: Locator) {
    await section.getByRole("button", { name: "Save changes", exact: true }).click();
  }

  /** The finish runs by itself after approval; allow it the time a review and the replace take. */
  async expectUpToDate() {
    await expect(this.page.getByRole("heading", { name: "Your Bundle is up to date" })).toBeVisible(
      { timeout: 30_000 },
    );
  }

  async submit() {
    await this.page.getByRole("button", { name: "Submit for review" }).click();
  }

  currentStep() {
    return this.page
      .getByRole("navigation", { name: "Update progress" })
      .locator('[aria-current="step"]');
  }

  timeline() {
    return this.page.getByRole("region", { name: "History of this update" });
  }
}
