/**
 * The Berlin update, step by step through the data layer, for tests that need a request at a
 * given phase. Values are those a customer would enter (see e2e/update-flow.spec.ts).
 */
import assert from "node:assert/strict";
import type { AccountContext } from "@/lib/auth/context";
import { getUpdateView, saveGroup, startUpdate, submitUpdate } from "@/lib/dal/update-requests";
import { PNG_FILE } from "@/e2e/support/files";
import { BERLIN, type Dal } from "./harness";

/** The e2e suite's real 480 × 320 PNG (the server decodes every image). */
export const pngFile = (name = "passport.png") =>
  new File([new Uint8Array(PNG_FILE.buffer)], name, { type: "image/png" });

export async function groupsOf(ctx: AccountContext, sid = BERLIN) {
  const view = await getUpdateView(ctx, sid);
  assert.ok(view.fix, `no form for ${sid} in phase ${view.request?.phase}`);
  return view.fix;
}

/**
 * Fixes Berlin's sections that still need it: the register excerpt's name and the
 * representative's ID. Returns the last save's outcome.
 */
export async function fixBerlin(ctx: AccountContext) {
  const { form, addresses } = await groupsOf(ctx);
  const excerpt = form.groups.find((g) => g.id.startsWith("document:"));
  const id = form.groups.find((g) => g.id.startsWith("new_document:"));
  if (!excerpt && !id) return null; // fixed already
  const berlinAddress = addresses.find((a) => a.label.includes("Berlin"))!.value;
  if (excerpt) {
    const a = await saveGroup(ctx, {
      originalSid: BERLIN,
      groupId: excerpt.id,
      values: {
        business_registration_number: "12345678",
        business_name: "Acme Logistics GmbH",
        address_sids: [berlinAddress],
      },
    });
    assert.equal(a.saved, true, JSON.stringify(a));
    if (!id) return a;
  }
  const b = await saveGroup(ctx, {
    originalSid: BERLIN,
    groupId: id!.id,
    values: {
      type: "government_issued_document",
      first_name: "Greta",
      last_name: "Hoffmann",
      address_sids: [berlinAddress],
    },
    file: pngFile(),
  });
  assert.equal(b.saved, true, JSON.stringify(b));
  return b;
}

/** Start, fix and submit Berlin; returns the copy's SID. */
export async function submitBerlin(dal: Dal, ctx: AccountContext): Promise<string> {
  const { row } = await startUpdate(ctx, BERLIN);
  await fixBerlin(ctx);
  await submitUpdate(ctx, BERLIN);
  const copySid = row.copySid ?? (await currentCopy());
  assert.ok(copySid, `a copy for ${dal.baseUrl}'s request`);
  return copySid;
}

export async function currentCopy(): Promise<string | null> {
  const { findOpenRequestByOriginal } = await import("./db");
  return (await findOpenRequestByOriginal(BERLIN))?.copySid ?? null;
}

/** Waits until `check` holds (callbacks and retries are asynchronous), or fails. */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
