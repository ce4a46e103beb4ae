import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parseEnv } from "@/lib/env-schema";
import { getTwilioConfig } from "./config";

describe("getTwilioConfig", () => {
  const base = {
    AUTH_SECRET: "a-test-secret-value-of-thirty-two-chars",
    TWILIO_ACCOUNT_SID: `AC${"1".repeat(32)}`,
    TWILIO_AUTH_TOKEN: "t",
  };

  it("defaults: no emulator, 10 s timeout", () => {
    assert.deepEqual(getTwilioConfig(parseEnv(base)), {
      parentAccountSid: base.TWILIO_ACCOUNT_SID,
      parentAuthToken: "t",
      emulatorUrl: null,
      timeoutMs: 10_000,
    });
  });

  it("reads the emulator URL (trailing slash dropped) and timeout", () => {
    const config = getTwilioConfig(
      parseEnv({
        ...base,
        TWILIO_EMULATOR_URL: "http://127.0.0.1:4010/",
        TWILIO_TIMEOUT_MS: "2500",
      }),
    );
    assert.equal(config.emulatorUrl, "http://127.0.0.1:4010");
    assert.equal(config.timeoutMs, 2500);
  });

  it("refuses a bad timeout and missing parent credentials, saying which", () => {
    assert.throws(() => parseEnv({ ...base, TWILIO_TIMEOUT_MS: "soon" }), /TWILIO_TIMEOUT_MS/);
    assert.throws(() => parseEnv({ ...base, TWILIO_AUTH_TOKEN: undefined }), /TWILIO_AUTH_TOKEN/);
  });
});
