/**
 * The "known browser" token behind sign-in throttling (OWASP's device cookies): after a
 * successful sign-in the browser keeps a signed token naming the email it proved and a random
 * device id. Attempts that present it are throttled on that device's own key, so failures an
 * attacker causes elsewhere never lock the real user out (lib/auth/throttle-policy.ts). Pure,
 * for unit tests; the cookie itself is read and written in credentials.ts and the login action.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "portal-device";
export const DEVICE_COOKIE_MAX_AGE_S = 365 * 24 * 60 * 60;

const mac = (secret: string, payload: string) =>
  createHmac("sha256", `device-cookie|${secret}`).update(payload).digest("base64url");

export function issueDeviceToken(secret: string, email: string, deviceId = newDeviceId()) {
  const payload = Buffer.from(JSON.stringify({ e: email, d: deviceId })).toString("base64url");
  return `${payload}.${mac(secret, payload)}`;
}

export function newDeviceId(): string {
  return randomBytes(16).toString("hex");
}

/** The device id when `token` is a genuine token for `email`, else null. */
export function verifyDeviceToken(
  secret: string,
  token: string | undefined,
  email: string,
): string | null {
  if (!token || token.length > 512) return null;
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined) return null;
  const expected = Buffer.from(mac(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const { e, d } = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as {
      e?: unknown;
      d?: unknown;
    };
    return e === email && typeof d === "string" && /^[0-9a-f]{32}$/.test(d) ? d : null;
  } catch {
    return null;
  }
}
