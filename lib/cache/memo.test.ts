import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createMemo } from "./memo";

describe("createMemo", () => {
  it("answers until the entry's TTL, counted from when it was set", () => {
    let now = 0;
    const memo = createMemo<string>({ ttlMs: 100, now: () => now });
    memo.set("k", "a");
    now = 99;
    assert.equal(memo.get("k"), "a");
    memo.set("k", "b"); // setting again restarts the TTL
    now = 150;
    assert.equal(memo.get("k"), "b");
    now = 199;
    assert.equal(memo.get("k"), undefined);
  });

  it("with an infinite TTL keeps entries until the size bound evicts the oldest", () => {
    let now = 0;
    const memo = createMemo<number>({
      ttlMs: Number.POSITIVE_INFINITY,
      maxEntries: 2,
      now: () => now,
    });
    memo.set("a", 1);
    memo.set("b", 2);
    now = 10 ** 12;
    assert.equal(memo.get("a"), 1);
    memo.set("a", 3); // "a" is now the newest
    memo.set("c", 4);
    assert.deepEqual([memo.get("a"), memo.get("b"), memo.get("c")], [3, undefined, 4]);
    assert.equal(memo.size, 2);
  });
});
