/** Absolute URLs on Twilio's hostnames: the SDK follows them through its httpClient rewrite. */
export const NUMBERS_BASE = "https://numbers.twilio.com";

export const rc = (path: string) => `${NUMBERS_BASE}/v2/RegulatoryCompliance${path}`;
export const v2010 = (accountSid: string, path: string) =>
  `/2010-04-01/Accounts/${accountSid}${path}`;
