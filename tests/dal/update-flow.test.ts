import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { getUpdateView } from "@/lib/dal/update-requests";
import { ACME, BERLIN, startDal, type Dal } from "./harness";
import { eventsOf, requestsOf } from "./db";
import { eventually, submitBerlin } from "./flow";

describe("the Berlin update from start to up to date, below the browser", () => {
  let dal: Dal;
  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("submits, follows Twilio's approval callback and finishes: one ReplaceItems, the copy gone, no deadline", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    const copySid = await submitBerlin(dal, ctx);
    await dal.control.clearStats();
    await dal.control.review(copySid, "approve");

    const [done] = await eventually(async () => {
      const rows = await requestsOf(BERLIN);
      return rows.every((r) => r.phase === "done") && rows;
    }, "the request to finish");
    const ops = (await dal.control.stats()).accounts[ACME.sid]?.operations ?? {};
    assert.equal(ops["CreateReplaceItems"] ?? 0, 1, JSON.stringify(ops));
    assert.equal(ops["DeleteBundle"] ?? 0, 1, JSON.stringify(ops));
    const events = (await eventsOf(done!.id)).map((e) => e.type);
    assert.deepEqual(events.slice(-3), ["items_replaced", "original_confirmed", "copy_deleted"]);

    const view = await getUpdateView(ctx, BERLIN);
    assert.equal(view.original.validUntil, null);
    assert.equal(view.request?.phase, "done");
  });
});
