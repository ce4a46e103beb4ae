import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { GatewayError } from "./errors";
import { toRestException } from "./http-client";
import { computeRetryDelay, parseRetryAfter, withReadRetry, withWrite } from "./retry";

const base = { baseMs: 200, maxMs: 2000, retryAfterHeader: null, random: () => 0.5 };

describe("computeRetryDelay", () => {
  it("honours Retry-After in seconds", () => {
    assert.equal(computeRetryDelay({ ...base, attempt: 1, retryAfterHeader: "3" }), 3000);
    assert.equal(computeRetryDelay({ ...base, attempt: 3, retryAfterHeader: " 0 " }), 0);
    assert.equal(computeRetryDelay({ ...base, attempt: 1, retryAfterHeader: "1.5" }), 1500);
  });

  it("honours Retry-After as an HTTP-date relative to now", () => {
    const now = Date.parse("2026-11-23T10:00:00Z");
    assert.equal(
      computeRetryDelay({
        ...base,
        attempt: 1,
        retryAfterHeader: "Mon, 23 Nov 2026 10:00:04 GMT",
        now,
      }),
      4000,
    );
    assert.equal(
      computeRetryDelay({
        ...base,
        attempt: 1,
        retryAfterHeader: "Mon, 23 Nov 2026 09:59:00 GMT",
        now,
      }),
      0,
    );
  });

  it("caps Retry-After (default 10 s, configurable)", () => {
    assert.equal(computeRetryDelay({ ...base, attempt: 1, retryAfterHeader: "120" }), 10_000);
    assert.equal(
      computeRetryDelay({ ...base, attempt: 1, retryAfterHeader: "120", retryAfterCapMs: 5000 }),
      5000,
    );
  });

  it("falls back to backoff when Retry-After is absent or unreadable", () => {
    for (const header of [null, "soon", "-5", ""]) {
      assert.equal(
        computeRetryDelay({ ...base, attempt: 1, retryAfterHeader: header, random: () => 0 }),
        100,
        String(header),
      );
    }
  });

  it("grows exponentially and is capped by maxMs", () => {
    const top = (attempt: number) => computeRetryDelay({ ...base, attempt, random: () => 1 });
    assert.deepEqual([1, 2, 3, 4, 5].map(top), [200, 400, 800, 1600, 2000]);
    assert.equal(top(50), 2000);
  });

  it("jitter stays within [exp/2, exp]", () => {
    for (const attempt of [1, 2, 3]) {
      const exp = 200 * 2 ** (attempt - 1);
      for (const r of [0, 0.1, 0.5, 0.999, 1, 7, -3]) {
        const delay = computeRetryDelay({ ...base, attempt, random: () => r });
        assert.ok(delay >= exp / 2 && delay <= exp, `attempt ${attempt} r ${r}: ${delay}`);
      }
    }
    assert.equal(computeRetryDelay({ ...base, attempt: 2, random: () => 0 }), 200);
    assert.equal(computeRetryDelay({ ...base, attempt: 2, random: () => 0.5 }), 300);
  });

  it("parseRetryAfter returns null when absent", () => {
    assert.equal(parseRetryAfter(null, 0), null);
  });
});

const failure = (status: number, code: number, headers: Record<string, string> = {}) =>
  toRestException({ statusCode: status, body: { code, message: "x", status }, headers });

/** A scripted fn: throws the given errors in order, then resolves "ok". */
function scripted(errors: unknown[]) {
  let calls = 0;
  const fn = async () => {
    const error = errors[calls++];
    if (error !== undefined) throw error;
    return "ok";
  };
  return { fn, calls: () => calls };
}

function fakeSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

describe("withReadRetry", () => {
  it("retries 429 and 503, then succeeds", async () => {
    const { fn, calls } = scripted([failure(429, 20429), failure(503, 20500)]);
    const { waits, sleep } = fakeSleep();
    assert.equal(await withReadRetry(fn, { sleep, random: () => 0 }), "ok");
    assert.equal(calls(), 3);
    assert.deepEqual(waits, [125, 250]);
  });

  it("retries network errors", async () => {
    const { fn, calls } = scripted([Object.assign(new Error("refused"), { code: "ECONNREFUSED" })]);
    const { sleep } = fakeSleep();
    assert.equal(await withReadRetry(fn, { sleep }), "ok");
    assert.equal(calls(), 2);
  });

  for (const [status, code, expected] of [
    [400, 20001, "invalid_request:twilio"],
    [404, 20404, "not_found:bundle"],
    [401, 20003, "unauthorized:twilio"],
  ] as const) {
    it(`does not retry ${status}`, async () => {
      const { fn, calls } = scripted([failure(status, code)]);
      const { waits, sleep } = fakeSleep();
      await assert.rejects(withReadRetry(fn, { sleep, surface: "bundle" }), (err: unknown) => {
        assert.ok(err instanceof GatewayError);
        assert.equal(err.code, expected);
        return true;
      });
      assert.equal(calls(), 1);
      assert.deepEqual(waits, []);
    });
  }

  it("gives up after 3 retries with the mapped error", async () => {
    const { fn, calls } = scripted(Array.from({ length: 10 }, () => failure(503, 20500)));
    const { waits, sleep } = fakeSleep();
    await assert.rejects(
      withReadRetry(fn, { sleep }),
      (err: unknown) => err instanceof GatewayError && err.code === "unavailable:twilio",
    );
    assert.equal(calls(), 4);
    assert.equal(waits.length, 3);
  });

  it("never retries more than 3 times even when asked to", async () => {
    const { fn, calls } = scripted(Array.from({ length: 10 }, () => failure(429, 20429)));
    const { sleep } = fakeSleep();
    await assert.rejects(withReadRetry(fn, { sleep, retries: 9 }));
    assert.equal(calls(), 4);
  });

  it("waits for Retry-After when the response carried one", async () => {
    const { fn } = scripted([
      failure(429, 20429, { "retry-after": "2" }),
      failure(429, 20429, { "Retry-After": "60" }),
    ]);
    const { waits, sleep } = fakeSleep();
    const retries: number[] = [];
    await withReadRetry(fn, { sleep, onRetry: ({ attempt }) => retries.push(attempt) });
    assert.deepEqual(waits, [2000, 10_000]);
    assert.deepEqual(retries, [1, 2]);
  });
});

describe("withWrite", () => {
  it("never retries, even on 429", async () => {
    const { fn, calls } = scripted([failure(429, 20429)]);
    await assert.rejects(
      withWrite(fn, "bundle"),
      (err: unknown) => err instanceof GatewayError && err.code === "rate_limited:twilio",
    );
    assert.equal(calls(), 1);
  });

  it("maps errors with the given surface", async () => {
    await assert.rejects(withWrite(scripted([failure(404, 20404)]).fn, "end_user"), {
      code: "not_found:end_user",
    });
  });
});
