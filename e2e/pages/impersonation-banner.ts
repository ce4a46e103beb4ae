import { expect, type Page } from "@playwright/test";

/** The banner on every page while support staff act as a customer. */
export class ImpersonationBanner {
  constructor(private readonly page: Page) {}

  region() {
    return this.page.getByRole("region", { name: /Support access: you are acting as/ });
  }

  mode() {
    return this.region().getByTestId("impersonation-mode");
  }

  async expectActingAs(accountName: string, mode: "Read-only" | "Assist mode") {
    await expect(this.region()).toContainText(`you are acting as ${accountName}`);
    await expect(this.mode()).toHaveText(mode);
  }

  /** Read-only → assist, through its confirmation. */
  async switchToAssist() {
    await this.region().getByRole("button", { name: "Switch to assist mode…" }).click();
    const confirm = this.region().getByRole("group", { name: /Make changes for/ });
    await expect(confirm).toBeVisible();
    await confirm.getByRole("button", { name: "Yes, switch to assist mode" }).click();
    await expect(this.mode()).toHaveText("Assist mode");
  }

  async stop() {
    await this.region().getByRole("button", { name: "Stop impersonating" }).click();
  }
}
