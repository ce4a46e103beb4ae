import { env as appEnv } from "@/lib/env";

/**
 * The gateway's settings, from the validated environment (lib/env.ts), the one place that reads
 * process.env.
 */
export interface TwilioConfig {
  parentAccountSid: string;
  parentAuthToken: string;
  /** When set, every `https://*.twilio.com` request goes to this base URL instead (the emulator). */
  emulatorUrl: string | null;
  timeoutMs: number;
}

interface Source {
  TWILIO_ACCOUNT_SID: string;
  TWILIO_AUTH_TOKEN: string;
  TWILIO_EMULATOR_URL?: string | undefined;
  TWILIO_TIMEOUT_MS: number;
}

export function getTwilioConfig(source: Source = appEnv): TwilioConfig {
  return {
    parentAccountSid: source.TWILIO_ACCOUNT_SID,
    parentAuthToken: source.TWILIO_AUTH_TOKEN,
    emulatorUrl: source.TWILIO_EMULATOR_URL?.replace(/\/+$/, "") ?? null,
    timeoutMs: source.TWILIO_TIMEOUT_MS,
  };
}
