import { expect, test, axeViolations } from "./fixtures";
import { UpdatePage } from "./pages/update-page";
import {
  ACCOUNTS,
  emulatorControl,
  review,
  seededBundleSid,
  twilioGet,
  USERS,
  type TwilioAccount,
} from "./support/demo";

/**
 * The worklist at /bundles. Paging and the update column use Harbour Dental (multi@demo.test's
 * second account), whose exact list no other spec asserts; bulk Bundles are generated there.
 */
const HARBOUR = ACCOUNTS.harbour;
const ACME = {
  berlin: "Acme Logistics – Berlin numbers",
  hamburg: "Acme Logistics – Hamburg depot",
  paris: "Acme Logistics – Paris office",
  dublin: "Acme Logistics – Dublin support line",
  london: "Acme Logistics – London sales",
  tallinn: "Acme Logistics – Tallinn mobile",
  munich: "Acme Logistics – Munich warehouse",
  cologne: "Acme Logistics – Cologne hub",
};

/** Twilio's own answer (the emulator's), as the oracle for what the worklist must show. */
async function twilioBundles(account: TwilioAccount, query: string) {
  const res = await twilioGet(`/v2/RegulatoryCompliance/Bundles?PageSize=1000&${query}`, account);
  expect(res.ok).toBe(true);
  return ((await res.json()) as { results: Array<{ sid: string; friendly_name: string }> }).results;
}

test.describe("the worklist", () => {
  // Earlier spec files update and finish several seeded Bundles; this one asserts the seed as
  // it ships, so it starts from a freshly seeded emulator.
  test.beforeAll(async () => {
    await emulatorControl("POST", "reset");
  });

  test("shows what needs action first, with regulation, phone numbers and update for each Bundle", async ({
    page,
    login,
  }) => {
    const bundles = await login(USERS.customer);
    await expect(bundles.summary()).toContainText(/\d+ Bundles need action — 1 is overdue/);
    await expect(bundles.filters()).toBeVisible();

    await expect(await bundles.cell(ACME.berlin, "Regulation")).toContainText("Germany");
    await expect(await bundles.cell(ACME.berlin, "Regulation")).toContainText("Local · Business");
    await expect(await bundles.cell(ACME.tallinn, "Regulation")).toContainText("Mobile · Business");
    // Phone numbers that depend on each Bundle (the seed gives Berlin 3, Dublin 1, Munich none).
    await expect(await bundles.cell(ACME.berlin, "Phone numbers")).toHaveText("3");
    await expect(await bundles.cell(ACME.dublin, "Phone numbers")).toHaveText("1");
    await expect(await bundles.cell(ACME.munich, "Phone numbers")).toHaveText(/^0$/);

    const hamburgDeadline = await bundles.cell(ACME.hamburg, "Deadline (valid until)");
    await expect(hamburgDeadline).toContainText("Overdue by 3 days");
    await expect(hamburgDeadline.locator(".text-red-800")).toBeVisible();
    await expect(await bundles.cell(ACME.hamburg, "Status")).toHaveText("Rejected");
    // A rejected Bundle can't be copied, so it offers its reasons instead of an update.
    await expect(
      (await bundles.cell(ACME.hamburg, "Update")).getByRole("link", { name: /See the reasons/ }),
    ).toHaveAttribute("href", `/bundles/${seededBundleSid("acme-hamburg")}`);
    // Nothing to do for a Bundle without a deadline.
    await expect(await bundles.cell(ACME.munich, "Update")).toContainText("No update");
    await page.screenshot({ path: "test-results/screens/worklist-customer.png", fullPage: true });
  });

  test("filters by status and country in the URL, and the back button restores the view", async ({
    page,
    login,
  }) => {
    const bundles = await login(USERS.customer);
    await bundles.filter({ status: "Rejected" });
    await expect(page).toHaveURL(/[?&]status=twilio-rejected/);
    await expect(bundles.row(ACME.hamburg)).toBeVisible();
    await expect(bundles.row(ACME.berlin)).toHaveCount(0);
    for (const status of await bundles.bundleRows().locator("td:nth-child(3)").allInnerTexts())
      expect(status).toBe("Rejected");

    await bundles.filter({ status: "Any status", country: "Germany" });
    await expect(page).toHaveURL(/[?&]country=DE/);
    await expect(page).not.toHaveURL(/status=[a-z]/);
    for (const name of [ACME.berlin, ACME.hamburg, ACME.munich, ACME.cologne])
      await expect(bundles.row(name)).toBeVisible();
    await expect(bundles.row(ACME.paris)).toHaveCount(0);
    await expect(bundles.row(ACME.tallinn)).toHaveCount(0);
    const regulations = await bundles.bundleRows().locator("td:nth-child(4)").allInnerTexts();
    expect(regulations.every((r) => r.includes("Germany"))).toBe(true);

    await page.goBack();
    await expect(page).toHaveURL(/[?&]status=twilio-rejected/);
    await expect(bundles.filters().getByLabel("Status")).toHaveValue("twilio-rejected");
    await expect(bundles.filters().getByLabel("Country")).toHaveValue("");
    await expect(bundles.row(ACME.berlin)).toHaveCount(0);

    // A combination with no Bundles: an empty state with a way back.
    await bundles.filter({ status: "Draft", country: "France" });
    await expect(
      page.getByRole("heading", { name: "No Bundles match these filters" }),
    ).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: "test-results/screens/worklist-empty.png", fullPage: true });
    await page
      .getByRole("region", { name: "No Bundles match these filters" })
      .getByRole("link", { name: "Clear filters" })
      .click();
    await expect(page).toHaveURL(/\/bundles$/);
    await expect(bundles.row(ACME.london)).toBeVisible();
  });

  test("needs action lists Bundles with a deadline, soonest first, and rejected ones", async ({
    page,
    login,
  }) => {
    const bundles = await login(USERS.customer);
    await bundles.filter({ show: "Needs action (deadline or rejected)" });
    await expect(page).toHaveURL(/[?&]needs=action/);
    const names = await bundles.bundleRows().locator("td:first-child a").allInnerTexts();
    // Only Bundles with a deadline; the overdue (and rejected) one first.
    for (const without of [ACME.london, ACME.tallinn, ACME.munich])
      expect(names).not.toContain(without);
    expect(names[0]).toBe(ACME.hamburg);
    expect(names.indexOf(ACME.berlin)).toBeLessThan(names.indexOf(ACME.dublin));
    const deadlines = await bundles.bundleRows().locator("td:nth-child(2)").allInnerTexts();
    expect(deadlines.every((d) => !d.includes("No deadline"))).toBe(true);
  });

  test("needs action also lists rejected Bundles without a deadline, as their own group", async ({
    page,
    login,
  }) => {
    // Twilio rejects Cologne's review: rejected, with no deadline. Twilio can't OR two filters,
    // so such Bundles come from a second list, shown first on the first page.
    const cologne = seededBundleSid("acme-cologne");
    await review(cologne, "reject", ["The document is not legible."]); // a retry finds it rejected already
    const rejected = await twilioBundles(
      ACCOUNTS.acme,
      "Status=twilio-rejected&HasValidUntilDate=false",
    );
    expect(rejected.map((b) => b.sid)).toContain(cologne);

    const bundles = await login(USERS.customer);
    await bundles.open("?needs=action");
    await expect(bundles.filters().getByLabel("Show")).toHaveValue("action");
    const groups = page.getByRole("table").getByRole("rowheader");
    // Rejected first, then those with a deadline (an update with Twilio, if any, comes after).
    await expect(groups.first()).toHaveText("Rejected by Twilio, no deadline");
    await expect(groups.nth(1)).toHaveText("With a deadline");
    const names = await bundles.bundleRows().locator("td:first-child a").allInnerTexts();
    expect(names[0]).toBe(ACME.cologne);
    expect(names[1]).toBe(ACME.hamburg);
    await expect(await bundles.cell(ACME.cologne, "Deadline (valid until)")).toContainText(
      "No deadline",
    );
    await expect(await bundles.cell(ACME.cologne, "Status")).toHaveText("Rejected");
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({
      path: "test-results/screens/worklist-needs-action.png",
      fullPage: true,
    });
  });

  test("pages through thousands of Bundles on the server, keeping the filters", async ({
    page,
    login,
  }) => {
    const generated = await emulatorControl("POST", "bundles/generate", {
      accountSid: HARBOUR.sid,
      count: 200,
      // No deadlines: the generated Bundles sort after the seeded ones.
      expiringShare: 0,
    });
    expect(generated.created).toBe(200);
    const bundles = await login(USERS.multi);
    await bundles.switchAccount("Harbour Dental Pty Ltd");
    await expect(bundles.row("Harbour Dental – Sydney").first()).toBeVisible();

    await expect(bundles.bundleRows()).toHaveCount(20);
    const first = await bundles.bundleRows().locator("td:first-child div").allInnerTexts();
    await expect(page.getByText("Page 1", { exact: true })).toBeVisible();
    await bundles.nextPage();
    await expect(page).toHaveURL(/[?&]cursor=/);
    await expect(page.getByText("Page 2", { exact: true })).toBeVisible();
    await expect(bundles.bundleRows()).toHaveCount(20);
    const second = await bundles.bundleRows().locator("td:first-child div").allInnerTexts();
    expect(second.some((sid) => first.includes(sid))).toBe(false);
    await bundles.previousPage();
    expect(await bundles.bundleRows().locator("td:first-child div").allInnerTexts()).toEqual(first);

    // With a filter, every page keeps it, and all pages together are exactly Twilio's list.
    const german = await twilioBundles(HARBOUR, "IsoCountry=DE");
    expect(german.length).toBeGreaterThan(20);
    await bundles.filter({ country: "Germany" });
    const seen: string[] = [];
    for (let guard = 0; guard < 20; guard++) {
      await expect(page).toHaveURL(/[?&]country=DE/);
      const regulations = await bundles.bundleRows().locator("td:nth-child(4)").allInnerTexts();
      expect(regulations.every((r) => r.includes("Germany"))).toBe(true);
      seen.push(...(await bundles.bundleRows().locator("td:first-child div").allInnerTexts()));
      if (
        (await bundles
          .pagination()
          .getByRole("link", { name: /Next page/ })
          .count()) === 0
      )
        break;
      await bundles.nextPage();
    }
    expect(seen.sort()).toEqual(german.map((b) => b.sid).sort());

    // A cursor of another list is refused rather than shown under the wrong filters.
    await page.goto("/bundles?country=DE");
    await bundles.nextPage();
    const url = new URL(page.url());
    url.searchParams.set("country", "FR");
    await page.goto(url.pathname + url.search);
    await expect(
      page.getByRole("heading", { name: "This page link is no longer valid" }),
    ).toBeVisible();
    // Malformed params never break the page: they fall back to the defaults.
    const response = await page.goto(
      "/bundles?status=approved&country=Deutschland&sort=name&needs=1&cursor=x",
    );
    expect(response?.status()).toBe(200);
    await expect(
      page.getByRole("heading", { name: "This page link is no longer valid" }),
    ).toBeVisible();
    await page.goto("/bundles?status=approved&country=Deutschland&sort=name&needs=1");
    await expect(bundles.bundleRows()).toHaveCount(20);
    await expect(bundles.filters().getByLabel("Status")).toHaveValue("");
  });

  test("shows the progress of an update request and links to it", async ({ page, login }) => {
    const sydney = seededBundleSid("harbour-sydney");
    const bundles = await login(USERS.multi);
    await bundles.switchAccount("Harbour Dental Pty Ltd");
    const row = bundles.row(sydney);
    await expect(
      row.getByRole("link", { name: "Start update of Harbour Dental – Sydney" }),
    ).toBeVisible();
    await row.getByRole("link", { name: /Start update/ }).click();
    await expect(page).toHaveURL(new RegExp(`/bundles/${sydney}/update$`));
    await new UpdatePage(page, sydney).start();

    await bundles.open();
    const progress = row.getByRole("link", { name: /^(Update started|Update in progress|Ready)/ });
    await expect(progress).toBeVisible();
    await expect(progress).toHaveAttribute("href", `/bundles/${sydney}/update`);
    await expect(row).toContainText(/Step \d of 7/);
    // The working copy Twilio made is part of Sydney's update: not a second task, not a row.
    await expect(bundles.summary()).toContainText(
      "1 Bundle needs action — the soonest is due in 30 days.",
    );
    await expect(bundles.bundleRows().filter({ hasText: "Working copy of an update" })).toHaveCount(
      0,
    );
    await page.screenshot({ path: "test-results/screens/worklist-progress.png", fullPage: true });
  });
});
