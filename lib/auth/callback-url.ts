/**
 * Where to go after sign-in. The proxy passes an absolute `callbackUrl`; only a same-host URL is
 * honoured, and it is reduced to its path so nothing can send a user to another site after
 * signing in (open redirect). Anything else falls back to the worklist.
 */
export const DEFAULT_DESTINATION = "/bundles";

export function safeCallbackPath(raw: unknown, host: string | null): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return DEFAULT_DESTINATION;
  let url: URL;
  try {
    url = new URL(raw, "http://relative.invalid");
  } catch {
    return DEFAULT_DESTINATION;
  }
  const relative = url.host === "relative.invalid" && raw.startsWith("/") && !raw.startsWith("//");
  const sameHost = host !== null && url.host === host && /^https?:$/.test(url.protocol);
  if (!relative && !sameHost) return DEFAULT_DESTINATION;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // Never bounce back to the login page itself.
  return path.startsWith("/login") || path.startsWith("/api/") ? DEFAULT_DESTINATION : path;
}
