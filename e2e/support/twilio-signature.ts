import { createHmac } from "node:crypto";

/**
 * Twilio's request signature (HMAC-SHA1 over the URL followed by the sorted form parameters,
 * base64), computed here independently of the app's code so the test checks the real scheme.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>) {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}
