import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { getTwilioConfig } from "./config";

describe("getTwilioConfig", () => {
  const creds = { TWILIO_ACCOUNT_SID: "AC1", TWILIO_AUTH_TOKEN: "t" };

  it("defaults: no emulator, 10 s timeout", () => {
    assert.deepEqual(getTwilioConfig(creds), {
      parentAccountSid: "AC1",
      parentAuthToken: "t",
      emulatorUrl: null,
      timeoutMs: 10_000,
    });
  });

  it("reads the emulator URL (trailing slash dropped) and timeout", () => {
    const config = getTwilioConfig({
      ...creds,
      TWILIO_EMULATOR_URL: "http://127.0.0.1:4010/",
      TWILIO_TIMEOUT_MS: "2500",
    });
    assert.equal(config.emulatorUrl, "http://127.0.0.1:4010");
    assert.equal(config.timeoutMs, 2500);
  });

  it("ignores an empty emulator URL and a bad timeout", () => {
    const config = getTwilioConfig({
      ...creds,
      TWILIO_EMULATOR_URL: " ",
      TWILIO_TIMEOUT_MS: "soon",
    });
    assert.equal(config.emulatorUrl, null);
    assert.equal(config.timeoutMs, 10_000);
  });

  it("requires the parent credentials", () => {
    assert.throws(() => getTwilioConfig({ TWILIO_ACCOUNT_SID: "AC1" }), /TWILIO_AUTH_TOKEN/);
  });
});
