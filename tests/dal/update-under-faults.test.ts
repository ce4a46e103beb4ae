/**
 * Issue 10's probe: the Berlin flow with one Twilio request in five failing (503 or 429) still
 * ends with exactly one copy, every edit in the original, and nothing left behind. Each step is
 * retried as a person would click again; the portal itself retries only reads.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  checkUpdate,
  finishUpdate,
  getUpdateView,
  saveGroup,
  startUpdate,
  submitUpdate,
} from "@/lib/dal/update-requests";
import { ACME, BERLIN, expectConsoleError, startDal, type Dal } from "./harness";
import { findOpenRequestByOriginal, requestsOf } from "./db";
import { eventually, groupsOf, pngFile } from "./flow";

describe("the Berlin update under 20% injected 503/429", () => {
  let dal: Dal;
  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  /** A step as a person retries it: again after a failure, until it goes through. */
  async function persist<T>(
    what: string,
    step: () => Promise<T>,
  ): Promise<{ value: T; tries: number }> {
    let last: unknown = null;
    for (let tries = 1; tries <= 40; tries++) {
      await dal.control.injectFaults({
        status: tries % 2 ? 503 : 429,
        rate: 0.2,
        retryAfterSeconds: 0,
      });
      try {
        return { value: await step(), tries };
      } catch (error) {
        last = error;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
    assert.fail(`${what} never went through: ${String(last)}`);
  }

  it("finishes with one copy and no lost edit", async () => {
    // A failed finish after approval is logged; the customer's page (or a job) resumes it.
    expectConsoleError(/finishing after approval failed/);
    expectConsoleError(/\[action\]|\[update\]/);
    const ctx = await dal.contextFor("customer@demo.test");
    await dal.control.clearStats();
    await persist("start", () => startUpdate(ctx, BERLIN));
    // As on the page: check the copy when its last check did not run, then fix the next section
    // the form shows, until none is left; every failed try is simply tried again.
    await persist("fix", async () => {
      if ((await getUpdateView(ctx, BERLIN)).request?.needsCheck) await checkUpdate(ctx, BERLIN);
      const { form, addresses } = await groupsOf(ctx);
      const [group] = form.groups;
      if (!group) return;
      const address = addresses.find((a) => a.label.includes("Berlin"))!.value;
      const isId = group.id.startsWith("new_document:");
      const values = isId
        ? {
            type: "government_issued_document",
            first_name: "Greta",
            last_name: "Hoffmann",
            address_sids: [address],
          }
        : {
            business_registration_number: "12345678",
            business_name: "Acme Logistics GmbH",
            address_sids: [address],
          };
      await saveGroup(ctx, {
        originalSid: BERLIN,
        groupId: group.id,
        values,
        ...(isId ? { file: pngFile() } : {}),
      });
      throw new Error("saved one section; look again");
    });
    await persist("submit", async () => {
      const view = await getUpdateView(ctx, BERLIN);
      if (view.request?.phase === "submitted" || view.request?.phase === "in_review") return;
      // The page checks a copy whose last check did not run, by itself (RetryStep).
      if (view.request?.needsCheck) await checkUpdate(ctx, BERLIN);
      await submitUpdate(ctx, BERLIN);
    });
    const copySid = (await findOpenRequestByOriginal(BERLIN))!.copySid!;
    await dal.control.review(copySid, "approve");
    // The approval callback finishes it; where that failed, the page's automatic finish resumes.
    await persist("finish", async () => {
      const done = async () => (await requestsOf(BERLIN)).every((r) => r.phase === "done");
      if (await done()) return;
      await finishUpdate(ctx, BERLIN);
      if (!(await done()))
        throw new Error(`not yet: ${(await requestsOf(BERLIN)).map((r) => r.phase)}`);
    });
    await dal.control.clearFaults();

    const stats = (await dal.control.stats()).accounts[ACME.sid]?.operations ?? {};
    assert.equal(stats["CreateBundleCopy"], 1, "one copy, however many retries");
    const copies = await dal.twilio<{ results: unknown[] }>(
      `/v2/RegulatoryCompliance/Bundles/${BERLIN}/Copies`,
    );
    assert.equal(copies.body.results.length, 0, "no copy left behind");
    const original = await dal.twilio<{ valid_until: string | null }>(
      `/v2/RegulatoryCompliance/Bundles/${BERLIN}`,
    );
    assert.equal(original.body.valid_until, null);
    // Every edit reached the original: read its documents as Twilio holds them now.
    const items = await dal.twilio<{ results: Array<{ object_sid: string }> }>(
      `/v2/RegulatoryCompliance/Bundles/${BERLIN}/ItemAssignments`,
    );
    const docs = await Promise.all(
      items.body.results
        .filter((a) => a.object_sid.startsWith("RD"))
        .map((a) =>
          dal
            .twilio<{ attributes: Record<string, unknown> }>(
              `/v2/RegulatoryCompliance/SupportingDocuments/${a.object_sid}`,
            )
            .then((r) => r.body.attributes),
        ),
    );
    assert.ok(
      docs.some((d) => d.business_name === "Acme Logistics GmbH"),
      JSON.stringify(docs),
    );
    assert.ok(docs.some((d) => d.first_name === "Greta" && d.last_name === "Hoffmann"));
    await eventually(
      async () => (await requestsOf(BERLIN)).every((r) => r.phase === "done"),
      "done",
    );
  });
});
