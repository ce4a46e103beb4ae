import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startDal, BERLIN, ACME, type Dal } from "./harness";
import { startUpdate } from "@/lib/dal/update-requests";

describe("start", () => {
  let dal: Dal;
  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("makes exactly one copy of the original, even when started twice at once", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    const [a, b] = await Promise.all([startUpdate(ctx, BERLIN), startUpdate(ctx, BERLIN)]);
    assert.equal(a.row.id, b.row.id);
    const stats = await dal.control.stats();
    assert.equal(stats.accounts[ACME.sid]?.operations["CreateBundleCopy"] ?? 0, 1);
  });
});
