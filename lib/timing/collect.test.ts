import assert from "node:assert/strict";
import { test } from "node:test";
import { TimingCollector } from "./collect";

/** A collector on a hand-moved clock. */
function onClock() {
  let now = 0;
  const collector = new TimingCollector(() => now);
  return { collector, at: (t: number) => (now = t) };
}

test("calls side by side count once in wall time, fully in summed time", () => {
  const { collector, at } = onClock();
  const a = collector.begin("db");
  at(5);
  const b = collector.begin("db");
  at(10);
  a();
  at(20);
  b();
  const { kinds, anyMs } = collector.snapshot();
  assert.deepEqual(kinds.db, { count: 2, sumMs: 25, wallMs: 20 });
  assert.equal(anyMs, 20);
});

test("any kind: the union across kinds, gaps not counted", () => {
  const { collector, at } = onClock();
  const db = collector.begin("db");
  at(10);
  const twilio = collector.begin("twilio");
  at(15);
  db();
  at(40);
  twilio();
  at(100);
  collector.begin("hash");
  at(130);
  const figures = collector.snapshot();
  // The hash call is still open: counted, not yet timed.
  assert.deepEqual(figures.kinds.hash, { count: 1, sumMs: 0, wallMs: 0 });
  assert.deepEqual(figures.kinds.twilio, { count: 1, sumMs: 30, wallMs: 30 });
  assert.equal(figures.anyMs, 40);
});

test("ending a call twice changes nothing; unused kinds are zero", () => {
  const { collector, at } = onClock();
  const end = collector.begin("twilio");
  at(7);
  end();
  at(50);
  end();
  const { kinds } = collector.snapshot();
  assert.deepEqual(kinds.twilio, { count: 1, sumMs: 7, wallMs: 7 });
  assert.deepEqual(kinds.db_open, { count: 0, sumMs: 0, wallMs: 0 });
});
