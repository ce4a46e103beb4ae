/**
 * Where to go after sign-in. The proxy passes an absolute `callbackUrl`; only a same-host URL is
 * honoured, and it is reduced to its path so nothing can send a user to another site after
 * signing in (open redirect). Anything else falls back to the worklist.
 *
 * The path is checked AFTER the URL parser normalised it: `/.//evil.example/x` and
 * `/bundles/../..//evil.example/x` both normalise to `//evil.example/x`, which a browser reads as
 * another host. A destination must be one slash followed by a path segment, never `//` or `/\`.
 */
export const DEFAULT_DESTINATION = "/bundles";

const SAME_SITE_PATH = /^\/(?![/\\])/;

export function safeCallbackPath(raw: unknown, host: string | null): string {
  if (typeof raw !== "string" || raw.length === 0 || raw.length > 2048) return DEFAULT_DESTINATION;
  // Control characters and backslashes are never part of a URL the portal itself produced.
  if (/[\u0000-\u001f\u007f\\]/.test(raw)) return DEFAULT_DESTINATION;
  let url: URL;
  try {
    url = new URL(raw, "http://relative.invalid");
  } catch {
    return DEFAULT_DESTINATION;
  }
  const relative = url.host === "relative.invalid" && SAME_SITE_PATH.test(raw);
  const sameHost = host !== null && url.host === host && /^https?:$/.test(url.protocol);
  if (!relative && !sameHost) return DEFAULT_DESTINATION;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!SAME_SITE_PATH.test(path)) return DEFAULT_DESTINATION;
  // Never bounce back to the login page itself.
  return path.startsWith("/login") || path.startsWith("/api/") ? DEFAULT_DESTINATION : path;
}
