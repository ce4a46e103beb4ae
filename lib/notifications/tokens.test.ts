import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { signLink, verifyLink } from "./tokens";

const SECRET = "test-secret-for-links";
const ID = "0b6f2a52-3c1e-4d8e-9a77-6c2a4f1e9b10";

describe("signed mail links", () => {
  it("verify for their purpose and id", () => {
    const token = signLink(SECRET, "unsubscribe", ID);
    assert.deepEqual(verifyLink(SECRET, "unsubscribe", token), { ok: true, id: ID });
  });

  it("refuse another purpose, a tampered id or mac, another secret, and junk", () => {
    const token = signLink(SECRET, "preferences", ID);
    assert.equal(verifyLink(SECRET, "unsubscribe", token).ok, false);
    const other = token.replace(ID, ID.replace("0b6f", "1b6f"));
    assert.equal(verifyLink(SECRET, "preferences", other).ok, false);
    assert.equal(verifyLink(SECRET, "preferences", token.slice(0, -2) + "AA").ok, false);
    assert.equal(verifyLink("another-secret", "preferences", token).ok, false);
    for (const junk of [undefined, "", "a.b.c", "x".repeat(500), 42])
      assert.deepEqual(verifyLink(SECRET, "preferences", junk), { ok: false, reason: "invalid" });
  });

  it("expire: a confirmation after 7 days, an unsubscribe link not for two years", () => {
    const now = Date.parse("2026-12-01T00:00:00Z");
    const confirm = signLink(SECRET, "confirm", ID, now);
    assert.equal(verifyLink(SECRET, "confirm", confirm, now + 6 * 86_400_000).ok, true);
    assert.deepEqual(verifyLink(SECRET, "confirm", confirm, now + 8 * 86_400_000), {
      ok: false,
      reason: "expired",
    });
    const unsubscribe = signLink(SECRET, "unsubscribe", ID, now);
    assert.equal(verifyLink(SECRET, "unsubscribe", unsubscribe, now + 700 * 86_400_000).ok, true);
  });
});
