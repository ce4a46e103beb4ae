import { expect, type Page } from "@playwright/test";

export class LoginPage {
  constructor(private readonly page: Page) {}

  async open() {
    await this.page.goto("/login");
    await expect(this.page.getByRole("heading", { level: 1 })).toBeVisible();
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }

  /** A sign-in that is expected to fail: waits until the form is ready for the next attempt. */
  async signInFailing(email: string, password: string) {
    await this.signIn(email, password);
    await expect(this.page.getByRole("button", { name: "Sign in" })).toBeEnabled();
    await expect(this.error()).not.toBeEmpty();
  }

  /** The form's own alert (not Next's route announcer, which is also role=alert). */
  error() {
    return this.page.locator("form").getByRole("alert");
  }
}
