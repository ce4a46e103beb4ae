import { createHmac } from "node:crypto";

/**
 * Twilio's X-Twilio-Signature for form-encoded requests: base64(HMAC-SHA1(authToken,
 * url + each POST param's key and value, keys sorted)). Implemented here rather than imported so
 * the emulator proves compatibility: tests check it with the SDK's `validateRequest`.
 */
export function twilioSignature(
  authToken: string,
  url: string,
  params: Record<string, string>,
): string {
  const data = Object.keys(params)
    .sort()
    .reduce((acc, key) => acc + key + params[key], url);
  return createHmac("sha1", authToken).update(Buffer.from(data, "utf8")).digest("base64");
}
