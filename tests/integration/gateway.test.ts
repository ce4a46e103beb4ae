import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "@portal/twilio-emulator";
import { DEMO_PARENT, DEMO_SUBACCOUNTS } from "@portal/twilio-emulator/demo";

/** The gateway (lib/twilio) against the real emulator, through its own configuration path. */
type Gateway = {
  listBundles: typeof import("@/lib/twilio/list-bundles").listBundles;
  fetchBundle: typeof import("@/lib/twilio/fetch-bundle").fetchBundle;
  fetchBundleWithItems: typeof import("@/lib/twilio/fetch-bundle-with-items").fetchBundleWithItems;
  GatewayError: typeof import("@/lib/twilio/errors").GatewayError;
};

const ACME = DEMO_SUBACCOUNTS[0]!;
const BISTRO = DEMO_SUBACCOUNTS[1]!;

describe("the Twilio gateway against the emulator", () => {
  let emulator: RunningEmulator;
  let gw: Gateway;

  const control = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emulator.url}/_emulator/${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    assert.equal(res.status, 200, `${method} ${path}`);
    return (await res.json()) as Record<string, unknown>;
  };

  before(async () => {
    emulator = await startEmulator();
    Object.assign(process.env, {
      AUTH_SECRET: "gateway-test-secret-not-for-production",
      TWILIO_ACCOUNT_SID: DEMO_PARENT.sid,
      TWILIO_AUTH_TOKEN: DEMO_PARENT.authToken,
      TWILIO_EMULATOR_URL: emulator.url,
      TWILIO_TIMEOUT_MS: "5000",
    });
    // Imported only after the environment points at the emulator.
    gw = {
      ...(await import("@/lib/twilio/list-bundles")),
      ...(await import("@/lib/twilio/fetch-bundle")),
      ...(await import("@/lib/twilio/fetch-bundle-with-items")),
      ...(await import("@/lib/twilio/errors")),
    };
  });
  after(async () => {
    await emulator?.close();
  });

  it("pages through a subaccount's bundles with cursors, seeing only that account's bundles", async () => {
    const seen: string[] = [];
    let page = await gw.listBundles(ACME.sid, { pageSize: 2 });
    assert.ok(page.items.length > 0, "the demo seed gives Acme bundles");
    assert.equal(page.pageSize, 2);
    for (let guard = 0; guard < 50; guard++) {
      seen.push(...page.items.map((b) => b.sid));
      assert.ok(page.items.every((b) => b.accountSid === ACME.sid));
      if (!page.nextPageUrl) break;
      const next = await gw.listBundles(ACME.sid, { cursor: page.nextPageUrl });
      assert.equal(next.page, page.page + 1);
      page = next;
    }
    assert.ok(seen.length > 2, "more than one page was read");
    assert.equal(new Set(seen).size, seen.length, "no bundle appears twice");
  });

  it("filters and sorts the worklist query by valid_until", async () => {
    const page = await gw.listBundles(ACME.sid, {
      hasValidUntilDate: true,
      sortBy: "valid-until",
      sortDirection: "ASC",
      pageSize: 50,
    });
    const dates = page.items.map((b) => b.validUntil);
    assert.ok(dates.every((d) => d instanceof Date));
    for (let i = 1; i < dates.length; i++) assert.ok(dates[i - 1]! <= dates[i]!);
  });

  it("fetches a bundle with its End-User and Supporting Documents", async () => {
    const { items } = await gw.listBundles(ACME.sid, { status: "twilio-approved", pageSize: 50 });
    assert.ok(items.length > 0);
    const full = await gw.fetchBundleWithItems(ACME.sid, items[0]!.sid);
    assert.equal(full.bundle.sid, items[0]!.sid);
    assert.ok(full.assignments.length > 0);
    assert.equal(
      full.endUsers.length + full.supportingDocuments.length,
      full.assignments.filter((a) => a.objectKind !== "other").length,
    );
    assert.deepEqual(
      new Set(full.endUsers.map((e) => e.sid)),
      new Set(full.assignments.filter((a) => a.objectKind === "end_user").map((a) => a.objectSid)),
    );
    for (const doc of full.supportingDocuments) assert.equal(typeof doc.attributes, "object");
  });

  it("answers not_found:bundle for another account's bundle", async () => {
    const { items } = await gw.listBundles(BISTRO.sid, { pageSize: 1 });
    const foreign = items[0]!.sid;
    await assert.rejects(gw.fetchBundle(ACME.sid, foreign), (err: unknown) => {
      assert.ok(err instanceof gw.GatewayError);
      assert.equal(err.code, "not_found:bundle");
      assert.equal(err.status, 404);
      return true;
    });
  });

  it("retries a read after a 429, honouring Retry-After", async () => {
    await control("DELETE", "stats");
    await control("POST", "faults", {
      status: 429,
      count: 1,
      retryAfterSeconds: 1,
      operation: "ListBundle",
    });
    const started = performance.now();
    const page = await gw.listBundles(ACME.sid, { pageSize: 1 });
    const elapsed = performance.now() - started;
    assert.equal(page.items.length, 1);
    assert.ok(elapsed >= 900, `waited ${Math.round(elapsed)} ms`);
    const { requests } = (await control("GET", "requests?limit=20")) as {
      requests: Array<{ operation: string; status: number }>;
    };
    assert.deepEqual(
      requests.filter((r) => r.operation === "ListBundle").map((r) => r.status),
      [429, 200],
    );
    await control("DELETE", "faults");
  });
});
