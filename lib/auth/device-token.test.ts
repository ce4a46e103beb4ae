import { test } from "node:test";
import assert from "node:assert/strict";
import { issueDeviceToken, verifyDeviceToken } from "./device-token";

const SECRET = "a-secret-for-device-token-tests";

test("a token proves the browser for the email it was issued for", () => {
  const token = issueDeviceToken(SECRET, "carla@example.com", "0".repeat(32));
  assert.equal(verifyDeviceToken(SECRET, token, "carla@example.com"), "0".repeat(32));
});

test("it proves nothing for another email, another secret, or after any change", () => {
  const token = issueDeviceToken(SECRET, "carla@example.com");
  assert.equal(verifyDeviceToken(SECRET, token, "max@example.com"), null);
  assert.equal(verifyDeviceToken("another-secret", token, "carla@example.com"), null);
  const [payload, sig] = token.split(".");
  const forged = Buffer.from(JSON.stringify({ e: "max@example.com", d: "1".repeat(32) })).toString(
    "base64url",
  );
  assert.equal(verifyDeviceToken(SECRET, `${forged}.${sig}`, "max@example.com"), null);
  assert.equal(verifyDeviceToken(SECRET, `${payload}.${sig}x`, "carla@example.com"), null);
  assert.equal(verifyDeviceToken(SECRET, undefined, "carla@example.com"), null);
  assert.equal(verifyDeviceToken(SECRET, "x.y.z", "carla@example.com"), null);
});
