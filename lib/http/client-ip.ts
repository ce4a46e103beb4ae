/**
 * The client's address, as far as the deployment lets us know it. `X-Forwarded-For` is a list
 * that each proxy appends to; only the entries added by proxies we run can be believed, so with
 * `trustedProxies` proxies in front of the app the client is the entry that many places from
 * the right. With none, the header may be entirely the caller's own text (`next start` fills it
 * from the socket only when the request did not carry one), so no address is claimed at all.
 * Pure, for unit tests; lib/auth/request-origin.ts reads the request's headers.
 */
export function clientIp(forwardedFor: string | null, trustedProxies: number): string | null {
  if (trustedProxies <= 0 || !forwardedFor) return null;
  const hops = forwardedFor
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  const ip = hops[hops.length - trustedProxies];
  if (!ip || ip.length > 64 || !/^[0-9a-fA-F:.[\]]+$/.test(ip)) return null;
  return ip;
}
