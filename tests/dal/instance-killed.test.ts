/**
 * An instance killed midway (issue 12): the next instance resumes the finish with exactly one
 * ReplaceItems and one copy deletion. PGlite keeps its data on disk here, so the next instance
 * opens what the killed one left; on Postgres both share the database.
 */
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startUpdate, submitUpdate } from "@/lib/dal/update-requests";
import { ACME, BERLIN, startDal, type Dal } from "./harness";
import { findOpenRequestByOriginal } from "./db";
import { eventually, fixBerlin } from "./flow";
import { FAST, freePort, instance, stop, stopAll } from "./instances";

describe("an instance killed between ReplaceItems and the copy's deletion", () => {
  let dal: Dal;
  let dir: string;
  let port: number;
  before(async () => {
    port = await freePort();
    // PGlite keeps its data on disk here, so the next instance opens what the killed one left.
    dir = mkdtempSync(join(tmpdir(), "portal-instances-"));
    dal = await startDal({ port, workers: false, env: { ...FAST, PGLITE_DIR: join(dir, "db") } });
  });
  after(async () => {
    await stopAll();
    await dal.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("is resumed by the next instance: one ReplaceItems, one deletion, no deadline", async () => {
    const ctx = await dal.contextFor("customer@demo.test");
    await startUpdate(ctx, BERLIN);
    await fixBerlin(ctx);
    await submitUpdate(ctx, BERLIN);
    const copySid = (await findOpenRequestByOriginal(BERLIN))!.copySid!;
    const env = await dal.handOver();

    const first = await instance(env, port);
    await dal.control.clearStats();
    // The original's read after ReplaceItems hangs: the instance dies while waiting for it.
    await dal.control.injectFaults({ latencyMs: 20_000, operation: "FetchBundle" });
    await dal.control.review(copySid, "approve");
    await eventually(
      async () =>
        ((await dal.control.stats()).accounts[ACME.sid]?.operations["CreateReplaceItems"] ?? 0) >=
        1,
      "ReplaceItems",
      20_000,
    );
    await stop(first, "SIGKILL");
    await dal.control.clearFaults();

    const second = await instance(env, port);
    const copyGone = async () =>
      (await dal.twilio(`/v2/RegulatoryCompliance/Bundles/${copySid}`)).status === 404;
    await eventually(copyGone, "the next instance to finish", 30_000);
    const ops = (await dal.control.stats()).accounts[ACME.sid]?.operations ?? {};
    assert.equal(ops["CreateReplaceItems"], 1, JSON.stringify(ops));
    assert.equal(ops["DeleteBundle"], 1, JSON.stringify(ops));
    const original = await dal.twilio<{ valid_until: string | null; status: string }>(
      `/v2/RegulatoryCompliance/Bundles/${BERLIN}`,
    );
    assert.equal(original.body.valid_until, null);
    assert.equal(original.body.status, "twilio-approved");
    await stop(second, "SIGTERM");
  });
});
