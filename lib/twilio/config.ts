/**
 * The gateway's settings. A tiny local reader for now; the app's validated env module may take
 * over later, so keep this one function with one return shape.
 */
export interface TwilioConfig {
  parentAccountSid: string;
  parentAuthToken: string;
  /** When set, every `https://*.twilio.com` request goes to this base URL instead (the emulator). */
  emulatorUrl: string | null;
  timeoutMs: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;

export function getTwilioConfig(
  env: Record<string, string | undefined> = process.env,
): TwilioConfig {
  const parentAccountSid = env.TWILIO_ACCOUNT_SID?.trim() ?? "";
  const parentAuthToken = env.TWILIO_AUTH_TOKEN?.trim() ?? "";
  if (!parentAccountSid || !parentAuthToken) {
    throw new Error("TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN must be set");
  }
  const emulatorUrl = env.TWILIO_EMULATOR_URL?.trim().replace(/\/+$/, "") || null;
  const timeout = Number(env.TWILIO_TIMEOUT_MS);
  return {
    parentAccountSid,
    parentAuthToken,
    emulatorUrl,
    timeoutMs: Number.isFinite(timeout) && timeout > 0 ? timeout : DEFAULT_TIMEOUT_MS,
  };
}
