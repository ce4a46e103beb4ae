import { expect, type Page } from "@playwright/test";

export class BundlesPage {
  constructor(private readonly page: Page) {}

  async expectLoaded() {
    await expect(this.page.getByRole("heading", { name: "Bundles", level: 1 })).toBeVisible();
  }

  rows() {
    return this.page.getByRole("table").getByRole("row");
  }

  row(name: string) {
    return this.page.getByRole("row").filter({ hasText: name });
  }

  async switchAccount(name: string) {
    await this.page.getByLabel(/account/i).first().selectOption({ label: name });
    await this.page.getByRole("button", { name: /switch/i }).click();
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
  }
}
