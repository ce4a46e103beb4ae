import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { describeActivity } from "@/lib/activity/describe";
import { translatorFor } from "@/lib/i18n/translator";
import { listAccountActivity } from "@/lib/dal/activity";
import { finishUpdate } from "@/lib/dal/update-requests";
import { BERLIN, startDal, type Dal } from "./harness";
import { requestsOf } from "./db";
import { submitBerlin } from "./flow";

const BERLIN_NAME = "Acme Logistics – Berlin numbers";

/** The customer's Activity page, newest first, as its rows read. */
async function activityLines(dal: Dal) {
  const ctx = await dal.contextFor("customer@demo.test");
  const [{ events }, t] = await Promise.all([
    listAccountActivity(ctx, 1),
    translatorFor("en", "Activity"),
  ]);
  return events.map((e) => ({ action: e.action, ...describeActivity(e, t) }));
}

const done = async () => (await requestsOf(BERLIN)).every((r) => r.phase === "done");

describe("Activity when the customer's own click finishes the update", () => {
  let dal: Dal;
  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("an approval the portal learns by reading Twilio is on Activity once, and a finish the customer ran is theirs", async () => {
    // Twilio's callbacks are lost: only a read of Twilio tells the portal.
    await dal.control.setCallbacksEnabled(false);
    const ctx = await dal.contextFor("customer@demo.test");
    const copySid = await submitBerlin(dal, ctx);
    await dal.control.review(copySid, "approve");
    // The update page's Finish: its read of Twilio learns the approval, then it applies it.
    await finishUpdate(ctx, BERLIN);
    assert.ok(await done());

    const lines = await activityLines(dal);
    const latest = lines.slice(
      0,
      lines.findIndex((l) => l.action === "update.submitted"),
    );
    assert.deepEqual(
      latest.map((l) => [l.action, l.who, l.bundle]),
      [
        ["update.copy_removed", "Carla Customer", BERLIN_NAME],
        ["update.applied", "Carla Customer", BERLIN_NAME],
        ["update.approved", "Twilio", BERLIN_NAME],
      ],
    );
  });
});
