import { expect, type Page } from "@playwright/test";

/** The customer's Activity page at /activity. */
export class ActivityPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/activity");
    await expect(this.page.getByRole("heading", { name: "Activity", level: 1 })).toBeVisible();
  }

  rows() {
    return this.page.getByRole("table").locator("tbody tr");
  }

  /** The table as a reader sees it (all rows, all cells). */
  text() {
    return this.page.getByRole("table").innerText();
  }

  /** Rows whose "What" reads `what` (and, optionally, whose other cells contain `alsoText`). */
  row(what: string | RegExp, alsoText?: string | RegExp) {
    const rows = this.rows().filter({ hasText: what });
    return alsoText ? rows.filter({ hasText: alsoText }) : rows;
  }
}
