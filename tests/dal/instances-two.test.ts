/**
 * Two instances with workers on one Postgres (issue 12): 20 approvals at once all finish, each
 * ReplaceItems exactly once. PGlite lives inside one process, so this runs on Postgres only.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { startUpdate, submitUpdate } from "@/lib/dal/update-requests";
import { seededSid } from "@portal/twilio-emulator/demo";
import { ACME, driver, startDal, type Dal } from "./harness";
import { findOpenRequestByOriginal } from "./db";
import { eventually } from "./flow";
import { FAST, freePort, instance, stopAll } from "./instances";

describe(
  "two instances with workers on one Postgres",
  {
    skip:
      driver !== "postgres" ? "PGlite lives in one process: two instances need Postgres" : false,
  },
  () => {
    let dal: Dal;
    let port: number;
    before(async () => {
      port = await freePort();
      dal = await startDal({ port, workers: false, env: FAST });
    });
    after(async () => {
      await stopAll();
      await dal.close();
    });

    it("finish 20 approvals at once, each ReplaceItems exactly once", async () => {
      const ctx = await dal.contextFor("customer@demo.test");
      const london = seededSid("BU", "acme-london");
      await dal.control.generateBundles({
        accountSid: ACME.sid,
        count: 20,
        expiringShare: 1,
        templateSid: london,
      });
      const listed = await dal.twilio<{ results: Array<{ sid: string; friendly_name: string }> }>(
        `/v2/RegulatoryCompliance/Bundles?PageSize=1000`,
      );
      const generated = listed.body.results.filter((b) =>
        b.friendly_name.startsWith("Generated bundle"),
      );
      assert.equal(generated.length, 20);
      const copies: string[] = [];
      for (const b of generated) {
        await startUpdate(ctx, b.sid);
        await submitUpdate(ctx, b.sid);
        copies.push((await findOpenRequestByOriginal(b.sid))!.copySid!);
      }
      const env = await dal.handOver();
      await dal.control.clearStats();
      // One instance takes Twilio's callbacks; both run the jobs they enqueue.
      await Promise.all([instance(env, port), instance(env, await freePort())]);
      await Promise.all(copies.map((sid) => dal.control.review(sid, "approve")));
      const done = async () => {
        const gone = await Promise.all(
          copies.map(
            async (sid) =>
              (await dal.twilio(`/v2/RegulatoryCompliance/Bundles/${sid}`)).status === 404,
          ),
        );
        return gone.every(Boolean);
      };
      await eventually(done, "every update to finish", 60_000);
      const ops = (await dal.control.stats()).accounts[ACME.sid]?.operations ?? {};
      assert.equal(ops["CreateReplaceItems"], 20, JSON.stringify(ops));
      assert.equal(ops["DeleteBundle"], 20, JSON.stringify(ops));
    });
  },
);
