/**
 * Persisted state (issue 14, item 11): a write appends the rows it changed to a journal instead
 * of rewriting the state, evaluations are bounded, and a restart (clean, or after a crash that
 * left only the journal) restores everything.
 */
import assert from "node:assert/strict";
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, describe, it } from "node:test";
import { startEmulator, type RunningEmulator } from "../src";
import { EMULATOR_DEFAULTS } from "../src/defaults";
import { EmulatorControl } from "../src/control-client";
import { ACME, compliantDraft, sdk } from "./emulator-harness";

const dirs: string[] = [];
function stateIn(name = "state.json"): string {
  const dir = mkdtempSync(join(tmpdir(), "emulator-state-"));
  dirs.push(dir);
  return join(dir, name);
}

/** What a restart must bring back: every row of every table, and the settings. */
function comparable(emulator: RunningEmulator) {
  return emulator.store.snapshot();
}

describe("persisted state", () => {
  after(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("restores everything after a clean restart and after a crash (journal only)", async () => {
    const path = stateIn();
    const first = await startEmulator({ statePath: path });
    const rc = sdk(first, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    const control = new EmulatorControl(first.url);
    const { bundle, endUserSid } = await compliantDraft(first, rc);
    await rc.bundles(bundle.sid).evaluations.create();
    await rc.endUsers(endUserSid).update({ friendlyName: "Tallinn OÜ (renamed)" });
    const item = (await rc.bundles(bundle.sid).itemAssignments.list())[0]!;
    await rc.bundles(bundle.sid).itemAssignments(item.sid).remove();
    await control.reviewMode({ mode: "auto", delaySeconds: 30 });
    await control.setCallbackFormat("post-snake");
    await control.setCallbacksEnabled(false);
    await control.advanceClock({ advanceDays: 2 });
    const expected = comparable(first);
    // A crash: the process dies with its changes only in the journal.
    first.store.flush();
    const crashed = stateIn();
    copyFileSync(path, crashed);
    copyFileSync(`${path}.journal`, `${crashed}.journal`);
    assert.ok(statSync(`${crashed}.journal`).size > 0, "the changes are in the journal");
    // …and a torn last line, as a write cut short would leave it, is ignored.
    appendFileSync(`${crashed}.journal`, '{"c":"bundles","put":{"sid":"BU');
    const recovered = await startEmulator({ statePath: crashed });
    assert.deepEqual(comparable(recovered), expected);
    const rc2 = sdk(recovered, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    assert.equal((await rc2.endUsers(endUserSid).fetch()).friendlyName, "Tallinn OÜ (renamed)");
    assert.equal((await rc2.bundles(bundle.sid).itemAssignments.list()).length, 1);
    assert.equal((await rc2.bundles(bundle.sid).evaluations.list()).length, 1);
    assert.deepEqual((await new EmulatorControl(recovered.url).callbacks()).settings, {
      enabled: false,
      format: "post-snake",
    });
    await recovered.close();
    // A clean shutdown folds the journal into the snapshot; the restart sees the same.
    await first.close();
    assert.equal(statSync(`${path}.journal`).size, 0);
    const restarted = await startEmulator({ statePath: path });
    assert.deepEqual(comparable(restarted), expected);
    await restarted.close();
  });

  it("a write appends what it changed: one row, not the 10,000-bundle state", async () => {
    const path = stateIn();
    const emulator = await startEmulator({ statePath: path });
    const control = new EmulatorControl(emulator.url);
    await control.generateBundles({ accountSid: ACME.sid, count: 10_000 });
    emulator.store.compact();
    const before = await control.storage();
    assert.ok(before.snapshotBytes! > 3_000_000, `snapshot ${before.snapshotBytes} bytes`);
    assert.equal(before.journalBytes, 0);
    const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    const [some] = await rc.bundles.list({ limit: 1 });
    await rc.bundles(some!.sid).update({ friendlyName: "Renamed" });
    await rc.bundles(some!.sid).evaluations.create();
    const afterWrite = await control.storage();
    assert.equal(afterWrite.snapshotBytes, before.snapshotBytes, "the snapshot is not rewritten");
    assert.ok(
      afterWrite.journalBytes! > 0 && afterWrite.journalBytes! < 8_000,
      `journal grew by ${afterWrite.journalBytes} bytes`,
    );
    await emulator.close();
  });

  it("keeps a Bundle's latest evaluations only, persisted that way", async () => {
    const path = stateIn();
    const emulator = await startEmulator({ statePath: path });
    const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    const [tallinn] = await rc.bundles.list({ friendlyName: "Acme Logistics – Tallinn mobile" });
    const made: string[] = [];
    for (let i = 0; i < 30; i++)
      made.push((await rc.bundles(tallinn!.sid).evaluations.create()).sid);
    const kept = EMULATOR_DEFAULTS.evaluationsKept.value;
    const listed = await rc.bundles(tallinn!.sid).evaluations.list();
    assert.equal(listed.length, kept);
    assert.deepEqual(new Set(listed.map((e) => e.sid)), new Set(made.slice(-kept)));
    await emulator.close();
    const restarted = await startEmulator({ statePath: path });
    const rc2 = sdk(restarted, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    assert.equal((await rc2.bundles(tallinn!.sid).evaluations.list()).length, kept);
    await restarted.close();
  });

  it("compacts in the background, a few rows per turn, and a crash in the middle loses nothing", async () => {
    const path = stateIn();
    const emulator = await startEmulator({
      statePath: path,
      journal: { minCompactBytes: 64 * 1024, rowsPerTurn: 25 },
    });
    const control = new EmulatorControl(emulator.url);
    const snapshotBefore = statSync(path).size;
    await control.generateBundles({ accountSid: ACME.sid, count: 600 });
    emulator.store.flush(); // the journal passes its limit: the compaction starts
    assert.equal(emulator.store.diskUsage()!.compacting, true);
    assert.ok(existsSync(`${path}.journal.old`), "the full journal is set aside");
    // Changes go on meanwhile, into a fresh journal.
    const rc = sdk(emulator, ACME.sid, ACME.authToken).numbers.v2.regulatoryCompliance;
    const [renamed] = await rc.bundles.list({ limit: 1 });
    await rc.bundles(renamed!.sid).update({ friendlyName: "Renamed mid-compaction" });
    const gone = emulator.store.bundles.by(ACME.sid).at(-5)!.sid;
    await rc.bundles(gone).remove();
    emulator.store.flush();
    assert.equal(emulator.store.diskUsage()!.compacting, true, "still compacting");
    const crashed = copyState(path);
    assert.deepEqual(await restored(crashed), comparable(emulator), "crash mid-compaction");
    // Let it finish: one snapshot, the set-aside journal gone, the state the same.
    const deadline = Date.now() + 10_000;
    while (emulator.store.diskUsage()!.compacting && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 10));
    const usage = emulator.store.diskUsage()!;
    assert.equal(usage.compacting, false);
    assert.ok(usage.compactions >= 2 && usage.snapshotBytes > snapshotBefore);
    assert.ok(!existsSync(`${path}.journal.old`));
    assert.deepEqual(await restored(copyState(path)), comparable(emulator), "after compaction");
    await emulator.close();
  });
});

/** Copies the state files as a crash would leave them (the temporary snapshot is ignored). */
function copyState(path: string): string {
  const copy = stateIn();
  for (const suffix of ["", ".journal", ".journal.old"])
    if (existsSync(path + suffix)) copyFileSync(path + suffix, copy + suffix);
  return copy;
}

async function restored(path: string) {
  const emulator = await startEmulator({ statePath: path });
  const state = comparable(emulator);
  await emulator.close();
  return state;
}
