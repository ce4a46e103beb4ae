import { test } from "node:test";
import assert from "node:assert/strict";
import { parseEnv } from "./env-schema";

const base = {
  AUTH_SECRET: "a-test-secret-value-of-thirty-two-chars",
  TWILIO_ACCOUNT_SID: "AC00000000000000000000000000c0de01",
  TWILIO_AUTH_TOKEN: "0123456789abcdef0123456789abcdef",
};

test("applies defaults and is not embedded without an emulator URL", () => {
  const env = parseEnv(base);
  assert.equal(env.PGLITE_DIR, ".data/pglite");
  assert.equal(env.PUBLIC_BASE_URL, "http://localhost:3000");
  assert.equal(env.DATABASE_URL, undefined);
  assert.equal(env.isEmbedded, false);
  assert.equal(env.oidc, null);
});

test("is embedded when TWILIO_EMULATOR_URL is set, where the demo secret is allowed", () => {
  const env = parseEnv({
    ...base,
    AUTH_SECRET: "dev-only-insecure-auth-secret-change-me",
    TWILIO_EMULATOR_URL: "http://127.0.0.1:4010",
  });
  assert.equal(env.isEmbedded, true);
});

test("treats empty optional values as unset", () => {
  const env = parseEnv({ ...base, TWILIO_EMULATOR_URL: "", DATABASE_URL: "", OIDC_CLIENT_ID: "" });
  assert.equal(env.isEmbedded, false);
  assert.equal(env.DATABASE_URL, undefined);
});

const refused: Array<[string, Record<string, string | undefined>, RegExp]> = [
  [
    "the published example secret with real Twilio",
    { ...base, AUTH_SECRET: "dev-only-insecure-auth-secret-change-me" },
    /published example value/,
  ],
  ["a short secret with real Twilio", { ...base, AUTH_SECRET: "short-secret" }, /at least 32/],
  ["a missing AUTH_SECRET", { ...base, AUTH_SECRET: undefined }, /AUTH_SECRET is missing/],
  ["a SID that is not AC + 32 hex", { ...base, TWILIO_ACCOUNT_SID: "AC123" }, /TWILIO_ACCOUNT_SID/],
  [
    "a SID with the wrong prefix",
    { ...base, TWILIO_ACCOUNT_SID: "BU" + "0".repeat(32) },
    /AC \+ 32/,
  ],
  ["a bad emulator URL", { ...base, TWILIO_EMULATOR_URL: "not a url" }, /TWILIO_EMULATOR_URL/],
  ["a non-postgres DATABASE_URL", { ...base, DATABASE_URL: "mysql://x@y/z" }, /postgres:\/\//],
  ["a bad PUBLIC_BASE_URL", { ...base, PUBLIC_BASE_URL: "ftp://example.com" }, /PUBLIC_BASE_URL/],
  ["a partial OIDC config", { ...base, OIDC_ISSUER: "https://id.example.com" }, /set together/],
  [
    "a brand colour white text cannot be read on",
    { ...base, BRAND_PRIMARY_COLOR: "#ffcc00" },
    /BRAND_PRIMARY_COLOR #ffcc00 has a contrast of 1\.\d:1 .*WCAG AA needs 4\.5:1/,
  ],
  ["a brand colour that is not hex", { ...base, BRAND_PRIMARY_COLOR: "blue" }, /hex colour/],
  [
    "a logo on another site (the CSP would block it)",
    { ...base, BRAND_LOGO_URL: "https://cdn.example.com/logo.svg" },
    /path on the portal/,
  ],
  [
    "an OIDC config without a secret",
    { ...base, OIDC_ISSUER: "https://id.example.com", OIDC_CLIENT_ID: "portal" },
    /set together/,
  ],
];

for (const [name, source, message] of refused) {
  test(`refuses ${name}`, () => {
    assert.throws(() => parseEnv(source), message);
  });
}

test("accepts a complete OIDC config and a postgres URL", () => {
  const env = parseEnv({
    ...base,
    DATABASE_URL: "postgresql://app@127.0.0.1:5432/app",
    OIDC_ISSUER: "https://id.example.com",
    OIDC_CLIENT_ID: "portal",
    OIDC_CLIENT_SECRET: "s3cret",
  });
  assert.deepEqual(env.oidc, {
    issuer: "https://id.example.com",
    clientId: "portal",
    clientSecret: "s3cret",
  });
  assert.equal(env.DATABASE_URL, "postgresql://app@127.0.0.1:5432/app");
});

test("takes a readable brand colour, a logo path and a support page", () => {
  const env = parseEnv({
    ...base,
    BRAND_PRIMARY_COLOR: "#0f5132",
    BRAND_LOGO_URL: "/brand/logo.svg",
    SUPPORT_URL: "https://help.example.com",
  });
  assert.equal(env.BRAND_PRIMARY_COLOR, "#0f5132");
  assert.equal(env.BRAND_LOGO_URL, "/brand/logo.svg");
  assert.equal(parseEnv(base).BRAND_PRIMARY_COLOR, "#1d4ed8");
});
