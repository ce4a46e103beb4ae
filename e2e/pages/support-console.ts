import { expect, type Page } from "@playwright/test";

/** The staff console at /support, by intent. */
export class SupportConsole {
  constructor(private readonly page: Page) {}

  async open(query?: string) {
    await this.page.goto(query ? `/support?q=${encodeURIComponent(query)}` : "/support");
    await this.expectLoaded();
  }

  /** Loaded means counted: the loading state shows the same heading, but no Refresh button. */
  async expectLoaded(options?: { timeout?: number }) {
    await expect(this.page.getByRole("heading", { name: "Support console", level: 1 })).toBeVisible(
      options,
    );
    await expect(this.page.getByRole("button", { name: "Refresh counts" })).toBeVisible(options);
  }

  /** The account rows (body rows only), in the order shown. */
  accountRows() {
    return this.page.getByRole("table").locator("tbody tr");
  }

  row(accountName: string) {
    return this.accountRows().filter({
      has: this.page.getByRole("rowheader", { name: new RegExp(accountName) }),
    });
  }

  async search(text: string) {
    await this.page.getByRole("searchbox", { name: "Search accounts" }).fill(text);
    await this.page.getByRole("button", { name: "Search", exact: true }).click();
  }

  /** Refresh re-reads Twilio, then redirects back to the console: wait for that to finish. */
  async refresh() {
    const done = this.page.waitForResponse(
      (r) => r.request().method() === "POST" && r.url().includes("/support"),
    );
    await this.page.getByRole("button", { name: "Refresh counts" }).click();
    await done;
    await this.page.waitForLoadState("networkidle");
    await this.expectLoaded();
  }

  async help(accountName: string) {
    await this.page.getByRole("link", { name: `Help ${accountName}` }).click();
    await expect(
      this.page.getByRole("heading", { name: `Help ${accountName}`, level: 1 }),
    ).toBeVisible();
  }

  /** The "your access ended" status line shown after Stop or expiry. */
  endedNotice() {
    return this.page.getByRole("status").filter({ hasText: "Your support access to" });
  }
}

/** The "Start support access" form on /support/accounts/{id}. */
export class StartAccessForm {
  constructor(private readonly page: Page) {}

  async start(input: { reason: string; ticket?: string; minutes?: number }) {
    await this.page.getByLabel(/^Reason/).fill(input.reason);
    if (input.ticket) await this.page.getByLabel(/^Ticket reference/).fill(input.ticket);
    if (input.minutes) await this.page.getByLabel("Duration").selectOption(String(input.minutes));
    await this.page.getByRole("button", { name: "Start read-only access" }).click();
  }
}
