import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { noteTwilioDate, twilioNow } from "./clock";

describe("Twilio's clock", () => {
  it("follows a Date header days ahead, and ignores jitter and junk", () => {
    const now = Date.now();
    noteTwilioDate(new Date(now + 7 * 86_400_000).toUTCString(), now);
    assert.ok(Math.abs(twilioNow().getTime() - (now + 7 * 86_400_000)) < 2_000);
    noteTwilioDate("not a date", now);
    assert.ok(twilioNow().getTime() - now > 6 * 86_400_000, "junk keeps the last reading");
    noteTwilioDate(new Date(now + 30_000).toUTCString(), now);
    assert.ok(Math.abs(twilioNow().getTime() - Date.now()) < 2_000, "30 s is jitter");
  });
});
