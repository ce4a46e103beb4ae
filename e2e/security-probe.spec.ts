import { mkdirSync, writeFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { randomBytes } from "node:crypto";
import { expect, test } from "./fixtures";
import { ACCOUNTS, requestTotals, requestsBetween, seededBundleSid, USERS } from "./support/demo";
import { twilioSignature } from "./support/twilio-signature";

/**
 * Issue 10's probe, rerun against the built portal: npm run probe:security (after next build)
 * prints its table. Skipped in the normal e2e run (each finding has its own test there).
 */
test.skip(!process.env.PROBE, "run by npm run probe:security");

const CALLBACK = "/api/twilio/status-callback";
const OTHER_ACCOUNTS = ["bistro-lyon", "bistro-nice", "harbour-sydney", "nordic-leeds"].map(
  seededBundleSid,
);
const REDIRECTS = [
  "/.//127.0.0.1:8999/pwned.html",
  "http://localhost:3300//127.0.0.1:8999/x",
  "/bundles/../..//127.0.0.1:8999/x",
  "//127.0.0.1:8999/x",
  "///127.0.0.1:8999/x",
  "/\\127.0.0.1:8999/x",
  "\\\\127.0.0.1:8999/x",
  "https://127.0.0.1:8999/x",
  "http://127.0.0.1:8999/x",
  "javascript:alert(1)",
  "/%2F127.0.0.1:8999/x",
  "/%5C127.0.0.1:8999/x",
  "/bundles/%2e%2e/%2e%2e//127.0.0.1:8999/x",
  "http:127.0.0.1:8999/x",
  "http:/127.0.0.1:8999/x",
  "/\t/127.0.0.1:8999/x",
  "/ /127.0.0.1:8999/x",
  "http://localhost:3300@127.0.0.1:8999/x",
  "http://127.0.0.1:8999\\@localhost:3300/x",
  "/login/..//127.0.0.1:8999/x",
  "/.%2F/127.0.0.1:8999/x",
  "data:text/html,<script>alert(1)</script>",
];

test("the security probe", async ({ page, login, baseURL }) => {
  test.setTimeout(180_000);
  const results: Record<string, string> = {};
  await login(USERS.customer);

  // Cross-account: another account's Bundle, by page, update page and status API.
  let leaks = 0;
  let tries = 0;
  for (const sid of OTHER_ACCOUNTS) {
    for (const path of [
      `/bundles/${sid}`,
      `/bundles/${sid}/update`,
      `/api/bundles/${sid}/update-status`,
    ]) {
      tries++;
      const res = await page.request.get(path);
      const body = await res.text();
      const leaked = path.includes("/api/")
        ? !/"phase":"none"/.test(body)
        : res.status() !== 404 ||
          /Bistro|Harbour|Nordic/.test(body.replace(/<script[\s\S]*?<\/script>/g, ""));
      if (leaked) leaks++;
    }
  }
  results["cross-account leaks"] = `${leaks} of ${tries}`;

  // Off-site redirects for a signed-in user.
  let offsite = 0;
  for (const payload of REDIRECTS) {
    const res = await page.request.get(`/login?callbackUrl=${encodeURIComponent(payload)}`, {
      maxRedirects: 0,
    });
    const location = res.headers()["location"] ?? "";
    const target = location ? new URL(location, baseURL) : null;
    if (target && target.host !== new URL(baseURL!).host) offsite++;
  }
  results["off-site redirects"] = `${offsite} of ${REDIRECTS.length}`;

  // Forged, tampered, other-account and replayed callbacks.
  const url = `${baseURL}${CALLBACK}`;
  const acme = {
    account_sid: ACCOUNTS.acme.sid,
    bundle_sid: seededBundleSid("acme-paris"),
    status: "twilio-approved",
    failure_reason: "",
  };
  const signed = (token: string, params: Record<string, string>) =>
    twilioSignature(token, url, params);
  const attempts: Array<[string, Record<string, string>, string]> = [
    ["unsigned", acme, ""],
    ["forged", acme, signed("f".repeat(32), acme)],
    ["tampered", { ...acme, status: "twilio-rejected" }, signed(ACCOUNTS.acme.authToken, acme)],
    [
      "other account",
      { ...acme, account_sid: ACCOUNTS.bistro.sid },
      signed(ACCOUNTS.bistro.authToken, { ...acme, account_sid: ACCOUNTS.bistro.sid }),
    ],
  ];
  let accepted = 0;
  for (const [, params, signature] of attempts) {
    const res = await page.request.post(url, {
      form: params,
      headers: signature ? { "x-twilio-signature": signature } : {},
    });
    if (res.status() !== 403) accepted++;
  }
  results["accepted forgeries"] = `${accepted} of ${attempts.length}`;

  // Unknown accounts: no Twilio request at all.
  const before = await requestTotals();
  for (let i = 0; i < 50; i++) {
    const params = { ...acme, account_sid: `AC${randomBytes(16).toString("hex")}` };
    await page.request.post(url, {
      form: params,
      headers: { "x-twilio-signature": signed("0".repeat(32), params) },
    });
  }
  const calls = requestsBetween(before, await requestTotals()).total;
  results["Twilio calls for 50 unknown-account callbacks"] = String(calls);

  // A 50 MB unsigned callback: refused before the body is read.
  const started = performance.now();
  const status = await new Promise<number>((resolve, reject) => {
    const req = httpRequest(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "content-length": 50 * 2 ** 20,
      },
    });
    req.on("response", (res) => {
      resolve(res.statusCode ?? 0);
      req.destroy();
    });
    req.on("error", (e) => (/hang up|ECONNRESET|EPIPE/.test(e.message) ? undefined : reject(e)));
    req.write(Buffer.alloc(256 * 1024, "a"));
  });
  results["50 MB unsigned callback"] = `${status} in ${Math.round(performance.now() - started)} ms`;

  mkdirSync("test-results/probe", { recursive: true });
  writeFileSync("test-results/probe/security.json", JSON.stringify(results, null, 2));
  expect(leaks + offsite + accepted + calls).toBe(0);
});
