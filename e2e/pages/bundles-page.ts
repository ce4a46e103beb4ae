import { expect, type Page } from "@playwright/test";

export interface WorklistFilter {
  show?: "All Bundles" | "Needs action (deadline or rejected)";
  /** The status as shown, e.g. "Rejected", or "Any status". */
  status?: string;
  /** The country as shown, e.g. "Germany", or "Any country". */
  country?: string;
  sort?: string;
}

export class BundlesPage {
  constructor(private readonly page: Page) {}

  async open(query = "") {
    await this.page.goto(`/bundles${query}`);
    await this.expectLoaded();
  }

  async expectLoaded() {
    // The first sign-in of a run also opens and seeds the embedded database: allow for it.
    await expect(this.page.getByRole("heading", { name: "Bundles", level: 1 })).toBeVisible({
      timeout: 30_000,
    });
  }

  rows() {
    return this.page.getByRole("table").getByRole("row");
  }

  /** Rows of Bundles only (no header or group-heading rows). */
  bundleRows() {
    return this.page
      .getByRole("table")
      .locator("tbody tr")
      .filter({ has: this.page.getByRole("link") });
  }

  row(name: string) {
    return this.page.getByRole("row").filter({ hasText: name });
  }

  /** The cell of a row under the given column header. */
  async cell(rowName: string, column: string) {
    const headers = await this.page.getByRole("table").getByRole("columnheader").allInnerTexts();
    const index = headers.findIndex((h) => h.trim() === column);
    expect(index, `column ${column}`).toBeGreaterThanOrEqual(0);
    return this.row(rowName).getByRole("cell").nth(index);
  }

  summary() {
    return this.page.getByRole("region", { name: "What needs action" });
  }

  filters() {
    return this.page.getByRole("search", { name: "Filter Bundles" });
  }

  async filter(choice: WorklistFilter) {
    const form = this.filters();
    if (choice.show) await form.getByLabel("Show").selectOption({ label: choice.show });
    if (choice.status) await form.getByLabel("Status").selectOption({ label: choice.status });
    if (choice.country) await form.getByLabel("Country").selectOption({ label: choice.country });
    if (choice.sort) await form.getByLabel("Sort by").selectOption({ label: choice.sort });
    await form.getByRole("button", { name: "Apply" }).click();
    await this.expectLoaded();
  }

  pagination() {
    return this.page.getByRole("navigation", { name: "Pagination" });
  }

  /** Follows Next or Previous and waits until the new page is shown (links navigate client-side). */
  async turnPage(direction: "Next" | "Previous") {
    const current = Number(
      (
        await this.pagination()
          .getByText(/^Page \d+$/)
          .innerText()
      ).slice(5),
    );
    await this.pagination()
      .getByRole("link", { name: new RegExp(`${direction} page`) })
      .click();
    const expected = direction === "Next" ? current + 1 : current - 1;
    await expect(this.pagination().getByText(`Page ${expected}`, { exact: true })).toBeVisible();
  }

  nextPage() {
    return this.turnPage("Next");
  }

  previousPage() {
    return this.turnPage("Previous");
  }

  async switchAccount(name: string) {
    await this.page
      .getByLabel(/account/i)
      .first()
      .selectOption({ label: name });
    await this.page.getByRole("button", { name: /switch/i }).click();
  }

  async signOut() {
    await this.page.getByRole("button", { name: "Sign out" }).click();
  }
}
