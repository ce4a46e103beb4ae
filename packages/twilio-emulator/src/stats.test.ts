import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Stats, type RequestLogEntry } from "./stats";

const entry = (i: number): RequestLogEntry => ({
  at: new Date(i).toISOString(),
  method: "GET",
  path: `/r/${i}`,
  query: "",
  operation: i % 2 ? "FetchBundle" : "ListBundle",
  account: "AC1",
  status: 200,
  durationMs: 1,
});

describe("Stats", () => {
  it("keeps the latest requests only, oldest first, and counts all of them", () => {
    const stats = new Stats(5);
    for (let i = 0; i < 12; i++) stats.record(entry(i));
    assert.deepEqual(
      stats.recent().map((e) => e.path),
      ["/r/7", "/r/8", "/r/9", "/r/10", "/r/11"],
    );
    assert.deepEqual(
      stats.recent(2).map((e) => e.path),
      ["/r/10", "/r/11"],
    );
    assert.equal(stats.json().total, 12);
    assert.deepEqual(stats.json().operations, { ListBundle: 6, FetchBundle: 6 });
  });

  it("before the ring is full, and after a reset", () => {
    const stats = new Stats(5);
    stats.record(entry(1));
    stats.record(entry(2));
    assert.deepEqual(
      stats.recent().map((e) => e.path),
      ["/r/1", "/r/2"],
    );
    stats.reset();
    assert.deepEqual(stats.recent(), []);
    assert.equal(stats.json().total, 0);
  });
});
