import { test } from "node:test";
import assert from "node:assert/strict";
import { mapBounded } from "./bounded-map";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

test("never runs more than `limit` calls at once, and keeps the input order", async () => {
  let running = 0;
  let peak = 0;
  const items = Array.from({ length: 25 }, (_, i) => i);
  const out = await mapBounded(items, 4, async (n) => {
    running++;
    peak = Math.max(peak, running);
    await sleep(5 + ((n * 7) % 5));
    running--;
    return n * 2;
  });
  assert.equal(peak, 4);
  assert.deepEqual(
    out,
    items.map((n) => n * 2),
  );
});

test("an empty list makes no call; a limit above the length is fine", async () => {
  let calls = 0;
  assert.deepEqual(await mapBounded([], 8, async () => ++calls), []);
  assert.deepEqual(await mapBounded([1, 2], 50, async (n) => n + 1), [2, 3]);
  assert.equal(calls, 0);
});

test("a failing call rejects the whole map (callers catch per item)", async () => {
  await assert.rejects(
    mapBounded([1, 2, 3], 2, async (n) => {
      if (n === 2) throw new Error("boom");
      return n;
    }),
    /boom/,
  );
});
