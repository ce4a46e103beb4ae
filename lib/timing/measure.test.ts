import assert from "node:assert/strict";
import { afterEach, test } from "node:test";
import { TimingCollector } from "./collect";
import { installCollectorLookup, measured } from "./measure";

afterEach(() => installCollectorLookup(null));

test("without a request scope, measured work just runs", async () => {
  assert.equal(await measured("db", async () => 42), 42);
});

test("with one, the work is booked to the request's collector, failures too", async () => {
  const collector = new TimingCollector();
  installCollectorLookup(async () => collector);
  await measured("twilio", async () => "ok");
  await assert.rejects(
    measured("twilio", async () => Promise.reject(new Error("boom"))),
    /boom/,
  );
  assert.equal(collector.snapshot().kinds.twilio.count, 2);
});

test("a lookup that fails (outside any request) does not fail the work", async () => {
  installCollectorLookup(async () => Promise.reject(new Error("no request")));
  assert.equal(await measured("db", async () => "ran"), "ran");
});
