import type { Browser, Page } from "@playwright/test";
import { createTranslator } from "next-intl";
import { axeViolations, expect, test } from "./fixtures";
import { catalog, fill } from "./support/catalog";
import { E2E_BRAND } from "./support/brand";
import { PASSWORD, USERS } from "./support/demo";

/**
 * The support console in Japanese, end to end (issue 16): the list, search, Needs attention, an
 * account, support access with its reason, the banner on the customer's pages, its end, and the
 * staff page; every text read from the catalogs, lang="ja" on each page and axe clean in it.
 * Harbour Dental is the account helped, so the English support specs' counts (Acme) stay as
 * the seed made them; nothing is saved on the demo users (the language comes from the browser).
 */
const ja = catalog("ja");
const t = createTranslator({ locale: "ja", messages: ja, namespace: "Support" });
const tImp = createTranslator({ locale: "ja", messages: ja, namespace: "Impersonation" });
const tClient = createTranslator({ locale: "ja", messages: ja, namespace: "SupportClient" });

const HARBOUR = "Harbour Dental Pty Ltd";
const REASON = "シドニーの Bundle で何が足りないか分からないとお電話をいただきました。";
const SHOTS = "/tmp/support";

async function signIn(browser: Browser, email: string, locale: "ja" | "de" = "ja") {
  const words = catalog(locale);
  const context = await browser.newContext({ locale: `${locale}-${locale.toUpperCase()}` });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel(words.Login.email).fill(email);
  await page.getByLabel(words.Login.password).fill(PASSWORD);
  await page.getByRole("button", { name: words.Login.submit, exact: true }).click();
  // The first sign-in of a run also opens and seeds the database.
  await expect(
    page.getByRole("heading", { name: words.Support.console.title, level: 1 }),
  ).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("button", { name: words.Support.console.refresh })).toBeVisible();
  return page;
}

async function expectLanguageAndClean(page: Page, shot: string, lang = "ja") {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await page.screenshot({ path: `${SHOTS}-${shot}.png`, fullPage: true });
  expect(await axeViolations(page), shot).toEqual([]);
}

async function expectFitsPhone(page: Page, path: string, shot: string) {
  await page.goto(path);
  await expect(page.locator("h1").first()).toBeVisible();
  const { scroll, width, widest } = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    width: window.innerWidth,
    widest: Math.max(0, ...[...document.querySelectorAll("table")].map((e) => e.scrollWidth)),
  }));
  expect(scroll, `${path} scrolls sideways (${scroll} px in ${width} px)`).toBeLessThanOrEqual(
    width,
  );
  expect(widest, `${path} has a table ${widest} px wide`).toBeLessThanOrEqual(width);
  await expectLanguageAndClean(page, shot);
}

test.describe("the support console speaks Japanese", () => {
  test("a support user finds an account, opens support access with a reason, sees the banner on the customer's pages and ends it, all in Japanese", async ({
    browser,
  }) => {
    const page = await signIn(browser, USERS.support);
    await expect(page).toHaveTitle(`${t("titles.console")} · ${E2E_BRAND.name}`);

    // The list: columns, the search, the count line and the way to Needs attention.
    const table = page.getByRole("table", { name: t("table.caption") });
    for (const column of ["account", "overdue", "within7", "within30", "underReview"] as const)
      await expect(table.getByRole("columnheader", { name: t(`table.${column}`) })).toBeVisible();
    await expect(table.locator("tbody tr")).toHaveCount(4);
    await expect(page.getByText(t("console.total", { count: 4 }), { exact: true })).toBeVisible();
    await expect(page.getByText(t("console.intro"))).toBeVisible();
    await expect(page.getByText(/Twilio の Bundle に基づく件数$/)).toBeVisible();
    // Dates in Japanese order, in UTC.
    await expect(page.getByText(/^\d{4}\/\d{2}\/\d{2} \d{1,2}:\d{2} UTC 時点/)).toBeVisible();
    await expectLanguageAndClean(page, "ja-console");

    // Search by a user's email, then for nothing, then clear.
    const search = page.getByRole("searchbox", { name: t("console.searchLabel") });
    await search.fill(USERS.multi);
    await page.getByRole("button", { name: t("console.search"), exact: true }).click();
    await expect(
      page.getByText(t("console.totalMatching", { count: 2, q: USERS.multi }), { exact: true }),
    ).toBeVisible();
    await expect(table.locator("tbody tr")).toHaveCount(2);
    await page.getByRole("searchbox", { name: t("console.searchLabel") }).fill("存在しないお客様");
    await page.getByRole("button", { name: t("console.search"), exact: true }).click();
    await expect(
      page.getByText(fill(ja.Support.console.noMatch, { q: "存在しないお客様" })),
    ).toBeVisible();
    await page.getByRole("link", { name: t("console.clearSearch") }).click();
    await expect(page).toHaveURL(/\/support$/);
    await expect(table.locator("tbody tr")).toHaveCount(4);

    // Needs attention.
    await page.getByRole("link", { name: t("console.attentionLink") }).click();
    await expect(page.getByRole("heading", { name: t("attention.title"), level: 1 })).toBeVisible();
    await expect(page.getByText(t("attention.intro"))).toBeVisible();
    await expect(page).toHaveTitle(`${t("titles.attention")} · ${E2E_BRAND.name}`);
    await expectLanguageAndClean(page, "ja-attention");
    await page.getByRole("link", { name: t("backToConsole") }).click();

    // The account page.
    await page.getByRole("link", { name: t("table.helpLabel", { account: HARBOUR }) }).click();
    await expect(
      page.getByRole("heading", { name: t("account.title", { account: HARBOUR }), level: 1 }),
    ).toBeVisible();
    for (const heading of ["riskTitle", "membersTitle", "startTitle"] as const)
      await expect(page.getByRole("heading", { name: t(`account.${heading}`) })).toBeVisible();
    await expect(page.getByText(/^期限超過 \d+件 · 7日以内に期限 \d+件/)).toBeVisible();
    await expect(page.getByText(t("account.startIntro", { account: HARBOUR }))).toBeVisible();
    await expect(page.getByLabel(tImp("start.duration"))).toContainText(
      tImp("start.minutes", { minutes: 30 }),
    );
    await expectLanguageAndClean(page, "ja-account");

    // A reason of at least a sentence, said in Japanese.
    await page.getByLabel(new RegExp(`^${tImp("start.reason")}`)).fill("確認");
    await page.getByRole("button", { name: tImp("start.submit") }).click();
    await expect(page.getByText(fill(ja.Input.reason.short, { min: 15 }))).toBeVisible();
    await expect(page).toHaveURL(/\/support\/accounts\//);

    // Support access with its reason: read-only first, on the customer's worklist.
    await page.getByLabel(new RegExp(`^${tImp("start.reason")}`)).fill(REASON);
    await page.getByLabel(new RegExp(`^${tImp("start.ticket")}`)).fill("ZD-3001");
    await page.getByLabel(tImp("start.duration")).selectOption("15");
    await page.getByRole("button", { name: tImp("start.submit") }).click();
    await expect(page).toHaveURL(/\/bundles$/);
    const banner = page.getByRole("region", {
      name: tImp.markup("banner.title", { account: () => HARBOUR }),
    });
    await expect(banner).toBeVisible();
    await expect(banner.getByTestId("impersonation-mode")).toHaveText(tImp("mode.read_only"));
    await expect(banner).toContainText(tImp("banner.readOnlyNote"));
    await expect(banner).toContainText(REASON);
    await expect(banner).toContainText("ZD-3001");
    await expect(banner.locator("time")).toHaveText(/^残り(1[0-5]|[1-9])分$/);
    await expect(page).toHaveTitle(
      new RegExp(
        `^${escape(tImp("banner.titlePrefix", { account: HARBOUR, mode: "read_only" }))} `,
      ),
    );
    await expectLanguageAndClean(page, "ja-banner-read-only");

    // Assist mode, through its confirmation.
    await banner.getByRole("button", { name: tImp("banner.switchToAssist") }).click();
    const confirm = banner.getByRole("group", {
      name: tImp("banner.confirmTitle", { account: HARBOUR }),
    });
    await expect(confirm).toContainText(tImp("banner.confirmBody"));
    await expectLanguageAndClean(page, "ja-banner-confirm");
    await confirm.getByRole("button", { name: tImp("banner.confirm") }).click();
    await expect(banner.getByTestId("impersonation-mode")).toHaveText(tImp("mode.assist"));
    await expect(page).toHaveTitle(
      new RegExp(`^${escape(tImp("banner.titlePrefix", { account: HARBOUR, mode: "assist" }))} `),
    );
    await expectLanguageAndClean(page, "ja-banner-assist");

    // The console says whom support is acting as, and the account page refuses a second one.
    await page.goto("/support");
    await expect(
      page.getByRole("heading", { name: t("console.actingTitle", { account: HARBOUR }) }),
    ).toBeVisible();

    // Ending it returns to the console, which says why in Japanese.
    await banner.getByRole("button", { name: tImp("banner.stop") }).click();
    await expect(page).toHaveURL(/\/support$/);
    await expect(banner).toHaveCount(0);
    const ended = page.getByRole("status").filter({ hasText: HARBOUR });
    await expect(ended).toContainText(
      /^.+ へのサポートアクセスは \d{4}\/\d{2}\/\d{2} .+ UTC に終了しました。/,
    );
    await expect(ended).toContainText(t("console.endedWhy", { reason: tImp("endReason.stopped") }));
    await expectLanguageAndClean(page, "ja-console-ended");

    // The account page lists the access: who, when, mode, why it ended and the reason.
    await page.getByRole("link", { name: t("table.helpLabel", { account: HARBOUR }) }).click();
    const history = page.getByRole("listitem").filter({ hasText: REASON });
    await expect(history.first()).toContainText(tImp("mode.assist"));
    await expect(history.first()).toContainText(
      t("account.historyEnded", { reason: tImp("endReason.stopped") }).trim(),
    );
    await expect(history.first()).toContainText(t("account.historyReason", { reason: REASON }));
    await expectLanguageAndClean(page, "ja-account-history");

    // On a phone: nothing scrolls sideways, in Japanese.
    await page.setViewportSize({ width: 390, height: 844 });
    await expectFitsPhone(page, "/support", "ja-phone-console");
    await expect(
      page.getByRole("link", { name: t("table.helpLabel", { account: HARBOUR }) }),
    ).toBeVisible();
    await expectFitsPhone(page, "/support/attention", "ja-phone-attention");
    await page.goto("/support");
    await page.getByRole("link", { name: t("table.helpLabel", { account: HARBOUR }) }).click();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectFitsPhone(page, page.url(), "ja-phone-account");
    await page.context().close();
  });

  test("an admin grants and revokes the support role on the staff page, in Japanese", async ({
    browser,
  }) => {
    const page = await signIn(browser, USERS.admin);
    await page
      .getByRole("navigation", { name: ja.Shell.nav.label })
      .getByRole("link", { name: ja.Shell.nav.staff })
      .click();
    await expect(page.getByRole("heading", { name: t("staff.title"), level: 1 })).toBeVisible();
    await expect(page).toHaveTitle(`${t("titles.staff")} · ${E2E_BRAND.name}`);
    const table = page.getByRole("table", { name: t("staff.caption") });
    await expect(table.getByRole("columnheader", { name: t("staff.user") })).toBeVisible();
    const tess = table.getByRole("row", { name: /Tess Trainee/ });
    await expect(tess).toContainText(ja.Shell.role.customer);
    await expectLanguageAndClean(page, "ja-staff");

    const grant = page.getByRole("button", {
      name: tClient("grantLabel", { name: "Tess Trainee" }),
    });
    const revoke = page.getByRole("button", {
      name: tClient("revokeLabel", { name: "Tess Trainee" }),
    });
    await grant.click();
    try {
      await expect(revoke).toBeVisible();
      await expect(tess).toContainText(ja.Shell.role.support);
      await expectLanguageAndClean(page, "ja-staff-granted");
    } finally {
      // Back as the seed made her, for the English specs.
      await revoke.click();
      await expect(grant).toBeVisible();
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await expectFitsPhone(page, "/support/staff", "ja-phone-staff");
    await page.context().close();
  });

  test("in German too: the console, Needs attention and an account page, lang=de and axe clean", async ({
    browser,
  }) => {
    const de = catalog("de");
    const tDe = createTranslator({ locale: "de", messages: de, namespace: "Support" });
    const page = await signIn(browser, USERS.support, "de");
    await expect(page.getByText(tDe("console.total", { count: 4 }), { exact: true })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: de.Support.table.within7 })).toBeVisible();
    await expectLanguageAndClean(page, "de-console", "de");
    await page.getByRole("link", { name: de.Support.console.attentionLink }).click();
    await expect(page.getByRole("heading", { name: de.Support.attention.title })).toBeVisible();
    await expectLanguageAndClean(page, "de-attention", "de");
    await page.goto("/support");
    await page.getByRole("link", { name: tDe("table.helpLabel", { account: HARBOUR }) }).click();
    await expect(
      page.getByRole("heading", { name: tDe("account.title", { account: HARBOUR }), level: 1 }),
    ).toBeVisible();
    await expect(page.getByRole("button", { name: de.Impersonation.start.submit })).toBeVisible();
    await expectLanguageAndClean(page, "de-account", "de");
    await page.context().close();
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
