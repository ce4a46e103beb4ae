/**
 * Signed links in mails: confirm an address, change preferences, unsubscribe (also RFC 8058's
 * one-click POST), and open a notice's deep link. HMAC-SHA256 over purpose, id and expiry with a
 * key derived from AUTH_SECRET for this use only, so a link works without signing in and cannot
 * be forged, moved to another contact, or used for another purpose. Pure (the secret is passed).
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export type LinkPurpose = "confirm" | "preferences" | "unsubscribe" | "open";

const DAY = 86_400_000;
/** How long each kind of link works. An unsubscribe link must keep working for old mails. */
export const LINK_LIFETIME_MS: Record<LinkPurpose, number> = {
  confirm: 7 * DAY,
  preferences: 90 * DAY,
  unsubscribe: 730 * DAY,
  open: 90 * DAY,
};

const mac = (secret: string, body: string) =>
  createHmac("sha256", `notification-links|${secret}`).update(body).digest("base64url");

/** `<id>.<expiry in base36>.<mac>`: short enough for a List-Unsubscribe header. */
export function signLink(
  secret: string,
  purpose: LinkPurpose,
  id: string,
  now = Date.now(),
): string {
  const expires = Math.floor((now + LINK_LIFETIME_MS[purpose]) / 1000).toString(36);
  return `${id}.${expires}.${mac(secret, `${purpose}|${id}|${expires}`)}`;
}

export type LinkCheck = { ok: true; id: string } | { ok: false; reason: "invalid" | "expired" };

export function verifyLink(
  secret: string,
  purpose: LinkPurpose,
  token: unknown,
  now = Date.now(),
): LinkCheck {
  if (typeof token !== "string" || token.length > 200) return { ok: false, reason: "invalid" };
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, reason: "invalid" };
  const [id, expires, given] = parts as [string, string, string];
  if (!/^[0-9a-f-]{36}$/.test(id) || !/^[0-9a-z]{1,10}$/.test(expires))
    return { ok: false, reason: "invalid" };
  const expected = Buffer.from(mac(secret, `${purpose}|${id}|${expires}`));
  const actual = Buffer.from(given);
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected))
    return { ok: false, reason: "invalid" };
  if (parseInt(expires, 36) * 1000 < now) return { ok: false, reason: "expired" };
  return { ok: true, id };
}
