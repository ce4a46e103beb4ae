import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { describeActivity } from "@/lib/activity/describe";
import { translatorFor } from "@/lib/i18n/translator";
import { listAccountActivity } from "@/lib/dal/activity";
import { BERLIN, startDal, type Dal } from "./harness";
import { requestsOf } from "./db";
import { eventually, submitBerlin } from "./flow";

const SID = /\b(IT|RD|BU|AD)[0-9a-f]{32}\b/;
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

describe("Activity after a whole update, below the browser", () => {
  let dal: Dal;
  before(async () => {
    dal = await startDal();
  });
  after(() => dal.close());

  it("names the Bundle and the items, says which fields changed, and shows Twilio's approval and the portal's finish, with no SID", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    const copySid = await submitBerlin(dal, ctx);
    await dal.control.review(copySid, "approve");
    await eventually(done, "the request to finish");

    const lines = await activityLines(dal);
    for (const line of lines)
      assert.doesNotMatch(`${line.who} ${line.what} ${line.bundle ?? ""}`, SID, line.action);
    const update = lines.filter((l) => l.action.startsWith("update."));
    assert.deepEqual(
      update.map((l) => [l.action, l.who]),
      [
        ["update.copy_removed", "The portal (automatically)"],
        ["update.applied", "The portal (automatically)"],
        ["update.approved", "Twilio"],
        ["update.submitted", "Carla Customer"],
        ["update.item_created", "Carla Customer"],
        ["update.item_updated", "Carla Customer"],
        ["update.started", "Carla Customer"],
      ],
    );
    for (const line of update) assert.equal(line.bundle, BERLIN_NAME, line.action);
    const what = (action: string) => update.find((l) => l.action === action)?.what;
    // The register excerpt's name was changed (its number was entered as it was).
    assert.equal(
      what("update.item_updated"),
      "Changed Business Name in Excerpt from the commercial register (Handelsregisterauszug)",
    );
    assert.equal(
      what("update.item_created"),
      "Added Government-issued ID of the Authorized Representative with First Name, Last Name, Address",
    );
  });
});
