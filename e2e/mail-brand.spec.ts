import { MailCatcherClient } from "@portal/mail-catcher/client";
import { axeViolations, expect, test } from "./fixtures";
import { E2E_BRAND } from "./support/brand";
import { catalog, fill } from "./support/catalog";
import { USERS } from "./support/demo";

/**
 * The mails wear the platform's brand too (issue 16): the demo customer's first notice, as the
 * e2e portal sent it, names the platform as its sender and in its text, shows the logo from the
 * portal's public URL (it loads where the mail is read), carries the brand's colour on its
 * button, and passes axe, in the platform's default language.
 */
const mail = new MailCatcherClient(`http://127.0.0.1:${process.env.E2E_MAIL_HTTP_PORT ?? 4326}`);

test("a notice wears the platform's name, logo and colour, and passes axe", async ({
  browser,
  request,
  baseURL,
}) => {
  // The first sweep at the server's start found Acme's deadlines: mail to its contact.
  const [notice] = await mail.waitFor(
    (m) => m.to.includes(USERS.customer) && m.headers["x-notice-kind"] !== "confirm_contact",
    { timeoutMs: 30_000 },
  );
  expect(notice!.headers.from).toContain(E2E_BRAND.name);
  expect(notice!.text!.startsWith(E2E_BRAND.name)).toBe(true);
  const en = catalog("en").Email;
  expect(notice!.text).toContain(
    fill(en.layout.whyContact, { product: E2E_BRAND.name, account: "Acme Logistics GmbH" }),
  );
  expect(`${notice!.html}${notice!.text}`).not.toContain("Compliance Update Portal");

  const logo = `${baseURL}${E2E_BRAND.logoUrl}`;
  expect(notice!.html).toContain(`src="${logo}"`);
  const served = await request.get(logo);
  expect(served.status()).toBe(200);
  expect(served.headers()["content-type"]).toMatch(/^image\//);

  // The mail as a mail client shows it: the logo loads, the button is in the brand's colour.
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(notice!.html!, { waitUntil: "load" });
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  const img = page.locator(`img[src="${logo}"]`);
  await expect(img).toBeVisible();
  expect(await img.evaluate((i: HTMLImageElement) => i.naturalWidth > 0)).toBe(true);
  await expect(page.locator('a[style*="background-color"]')).toHaveCSS(
    "background-color",
    E2E_BRAND.rgb,
  );
  await expect(page.getByRole("link", { name: E2E_BRAND.supportEmail })).toHaveAttribute(
    "href",
    `mailto:${E2E_BRAND.supportEmail}`,
  );
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});
