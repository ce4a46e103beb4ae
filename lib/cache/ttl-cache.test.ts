import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createTtlCache } from "./ttl-cache";

describe("createTtlCache", () => {
  it("shares one load between concurrent first calls", async () => {
    const cache = createTtlCache<string>({ ttlMs: 1000 });
    let loads = 0;
    const load = async () => {
      loads++;
      await new Promise((r) => setTimeout(r, 5));
      return "token";
    };
    const results = await Promise.all([
      cache.get("AC1", load),
      cache.get("AC1", load),
      cache.get("AC1", load),
    ]);
    assert.deepEqual(results, ["token", "token", "token"]);
    assert.equal(loads, 1);
  });

  it("reloads after the TTL", async () => {
    let now = 0;
    const cache = createTtlCache<number>({ ttlMs: 600_000, now: () => now });
    let loads = 0;
    const load = async () => ++loads;
    assert.equal(await cache.get("AC1", load), 1);
    now = 599_999;
    assert.equal(await cache.get("AC1", load), 1);
    now = 600_000;
    assert.equal(await cache.get("AC1", load), 2);
  });

  it("does not cache a failed load", async () => {
    const cache = createTtlCache<string>({ ttlMs: 1000 });
    await assert.rejects(
      cache.get("AC1", async () => Promise.reject(new Error("down"))),
      /down/,
    );
    assert.equal(await cache.get("AC1", async () => "token"), "token");
  });

  it("keeps accounts apart and forgets on delete", async () => {
    const cache = createTtlCache<string>({ ttlMs: 1000 });
    await cache.get("AC1", async () => "one");
    assert.equal(await cache.get("AC2", async () => "two"), "two");
    cache.delete("AC1");
    assert.equal(await cache.get("AC1", async () => "uno"), "uno");
  });

  it("serves a set value without loading, until its own TTL runs out", async () => {
    let now = 0;
    const cache = createTtlCache<string[]>({ ttlMs: 1000, now: () => now });
    await cache.get("AC1", async () => ["AD1"]);
    now = 900;
    cache.set("AC1", ["AD1", "AD2"]);
    now = 1500; // past the first load's TTL, within the set value's
    let loads = 0;
    assert.deepEqual(
      await cache.get("AC1", async () => {
        loads++;
        return [];
      }),
      ["AD1", "AD2"],
    );
    assert.equal(loads, 0);
    now = 1900;
    assert.deepEqual(await cache.get("AC1", async () => ["fresh"]), ["fresh"]);
  });

  it("peeks without loading, and not at an expired entry", async () => {
    let now = 0;
    const cache = createTtlCache<string>({ ttlMs: 1000, now: () => now });
    assert.equal(cache.peek("AC1"), undefined);
    await cache.get("AC1", async () => "token");
    assert.equal(await cache.peek("AC1"), "token");
    now = 1000;
    assert.equal(cache.peek("AC1"), undefined);
  });

  it("stays bounded: drops expired entries first, then the oldest", async () => {
    let now = 0;
    const cache = createTtlCache<number>({ ttlMs: 100, maxEntries: 3, now: () => now });
    cache.set("old-1", 1);
    cache.set("old-2", 2);
    now = 150; // both expired
    cache.set("a", 3);
    cache.set("b", 4);
    assert.equal(cache.size, 2); // the fourth entry swept both expired ones, and kept "a"
    cache.set("c", 5);
    assert.equal(cache.size, 3);
    assert.deepEqual(await Promise.all(["a", "b", "c"].map((k) => cache.peek(k))), [3, 4, 5]);
    cache.set("d", 6); // nothing expired: the oldest ("a") goes
    assert.equal(cache.peek("a"), undefined);
    assert.equal(await cache.peek("d"), 6);
    assert.equal(cache.size, 3);
  });
});
