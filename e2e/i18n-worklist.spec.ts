import type { Browser, Page } from "@playwright/test";
import { axeViolations, expect, test } from "./fixtures";
import { catalog } from "./support/catalog";
import { emulatorControl, PASSWORD, USERS } from "./support/demo";

/**
 * The worklist, a Bundle, Activity and the notification settings in the customer's language
 * (issue 16), from the browser's Accept-Language: the demo customer has no saved language, and
 * none is saved here (other specs assert English). Texts are read from the catalogs themselves.
 */
const BERLIN = "Acme Logistics – Berlin numbers";

async function signIn(browser: Browser, locale: string, lang: string) {
  const t = catalog(lang);
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel(t.Login.email).fill(USERS.customer);
  await page.getByLabel(t.Login.password).fill(PASSWORD);
  await page.getByRole("button", { name: t.Login.submit, exact: true }).click();
  // The first sign-in of a run also opens and seeds the embedded database: allow for it.
  await expect(page.getByRole("heading", { name: t.Worklist.title, level: 1 })).toBeVisible({
    timeout: 30_000,
  });
  return { context, page, t };
}

/** A plural message's `other` form with its number, for languages with one form (Japanese). */
const other = (message: string, n: number) =>
  /other \{([^}]*)\}/.exec(message)![1]!.replace("#", String(n));

const country = (lang: string, code: string) =>
  new Intl.DisplayNames([lang], { type: "region" }).of(code)!;

/** The summary's opening for the demo customer's seed (several Bundles, one overdue). */
const SUMMARY: Record<string, RegExp> = {
  de: /^Bei \d+ Bundles ist etwas zu tun – 1 ist überfällig, die nächste Frist ist in \d+ Tagen\./,
  fr: /^\d+ Bundles demandent une action — 1 est en retard, la suivante est dans \d+ jours\./,
};

async function worklistBundleAndActivity(page: Page, lang: "de" | "fr") {
  const t = catalog(lang);
  const w = t.Worklist;
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page).toHaveTitle(new RegExp(`^${w.title}`));

  // The worklist: summary, filters, table headers, regulation words and country names.
  const summary = page.getByRole("region", { name: w.summary.label });
  await expect(summary).toContainText(SUMMARY[lang]!);
  await expect(summary.getByRole("link", { name: w.summary.showOnly })).toBeVisible();
  const filters = page.getByRole("search", { name: w.filters.label });
  for (const label of [w.filters.show, w.filters.status, w.filters.country, w.filters.sort])
    await expect(filters.getByLabel(label, { exact: true })).toBeVisible();
  await expect(filters.getByLabel(w.filters.country, { exact: true })).toContainText(
    country(lang, "DE"),
  );
  await expect(filters.getByRole("button", { name: w.filters.apply })).toBeVisible();
  for (const column of Object.values(w.columns))
    await expect(page.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  const berlin = page.getByRole("row").filter({ hasText: BERLIN });
  await expect(berlin).toContainText(country(lang, "DE"));
  await expect(berlin).toContainText(`${w.numberType.local} · ${w.endUserType.business}`);
  await expect(berlin).toContainText(t.Status.twilioApproved);
  expect(await axeViolations(page)).toEqual([]);

  // A filter in the customer's words, and the view it gives.
  await filters.getByLabel(w.filters.status, { exact: true }).selectOption({
    label: t.Status.twilioRejected,
  });
  await filters.getByRole("button", { name: w.filters.apply }).click();
  await expect(page).toHaveURL(/status=twilio-rejected/);
  await expect(page.getByRole("link", { name: w.filters.clear })).toBeVisible();

  // A Bundle: its facts, sections and way back.
  await page.goto("/bundles");
  await page.getByRole("link", { name: BERLIN, exact: true }).click();
  await expect(page.getByRole("heading", { name: BERLIN, level: 1 })).toBeVisible();
  const b = t.Bundle;
  await expect(page.getByRole("link", { name: b.back })).toBeVisible();
  for (const fact of [b.facts.sid, b.facts.regulation, b.facts.deadline, b.facts.email])
    await expect(page.getByText(fact, { exact: true })).toBeVisible();
  await expect(page.getByRole("heading", { name: b.documents.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: b.numbers.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: b.emails.title })).toBeVisible();
  await expect(page.getByRole("link", { name: b.updateDetails })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
}

async function activity(page: Page, lang: "de" | "fr") {
  const a = catalog(lang).Activity;
  await page.goto("/activity");
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.getByRole("heading", { name: a.title, level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: a.emails.title })).toBeVisible();
  await expect(page.getByRole("heading", { name: a.done })).toBeVisible();
  for (const column of [a.table.when, a.table.who, a.table.what, a.table.why])
    await expect(page.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  // The sign-out before this sign-in, described in the customer's language.
  await expect(page.getByRole("row").filter({ hasText: a.what.signOut }).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
}

test.describe("the worklist, a Bundle and Activity speak the customer's language", () => {
  // Other specs update seeded Bundles; this one reads the seed's summary as it ships.
  test.beforeAll(async () => {
    await emulatorControl("POST", "reset");
  });

  for (const [locale, lang] of [
    ["de-DE", "de"],
    ["fr-FR", "fr"],
  ] as const) {
    test(`in ${lang}: worklist, filters, summary, table, a Bundle and Activity, with lang and no axe findings`, async ({
      browser,
    }) => {
      // Sign out once so Activity has a row of the customer's own to describe.
      const first = await signIn(browser, locale, lang);
      await first.page.getByRole("button", { name: first.t.Shell.signOut }).click();
      await expect(first.page).toHaveURL(/\/login/);
      await first.context.close();

      const { context, page } = await signIn(browser, locale, lang);
      await worklistBundleAndActivity(page, lang);
      if (lang === "de")
        await page.screenshot({ path: "/tmp/worklist-bundle-de.png", fullPage: true });
      await activity(page, lang);
      if (lang === "de")
        await page.screenshot({ path: "/tmp/worklist-activity-de.png", fullPage: true });
      await page.goto("/bundles");
      if (lang === "de")
        await page.screenshot({ path: "/tmp/worklist-list-de.png", fullPage: true });
      await context.close();
    });
  }

  test("the notification settings in Japanese, the forms included", async ({ browser }) => {
    const { context, page, t } = await signIn(browser, "ja-JP", "ja");
    const s = t.Settings;
    await page.goto("/settings/notifications");
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page).toHaveTitle(new RegExp(`^${s.title}`));
    await expect(page.getByRole("heading", { name: s.title, level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: s.contacts, exact: true })).toBeVisible();
    // The Client Components' words reach the browser (ClientMessages).
    const add = page.getByRole("form", { name: s.add.title });
    await expect(add.getByLabel(s.add.email)).toBeVisible();
    await expect(add.getByRole("group", { name: s.add.which })).toBeVisible();
    for (const category of Object.values(t.NoticeCategories))
      await expect(add.getByLabel(category)).toBeChecked();
    await expect(add.getByRole("button", { name: s.add.submit })).toBeVisible();
    const reminders = page.getByRole("form", { name: s.reminders.title });
    await expect(reminders.getByLabel(s.reminders.timeZone)).toBeVisible();
    await expect(reminders.getByLabel(other(s.reminders.day, 7), { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: s.sent })).toBeVisible();
    await page.screenshot({ path: "/tmp/worklist-settings-ja.png", fullPage: true });
    expect(await axeViolations(page)).toEqual([]);

    // The worklist too, for a look at Japanese in the table.
    await page.goto("/bundles");
    await expect(
      page.getByRole("columnheader", { name: t.Worklist.columns.deadline, exact: true }),
    ).toBeVisible();
    await page.screenshot({ path: "/tmp/worklist-list-ja.png", fullPage: true });
    await context.close();
  });
});
