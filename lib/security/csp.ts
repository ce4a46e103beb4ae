/**
 * The portal's Content Security Policy, per request (a fresh nonce each time: Next.js applies it
 * to its own scripts when it finds it in the request's CSP header; every page is dynamic). The
 * other security headers are static and set for every path in next.config.mjs.
 *
 * - scripts: only ours, by nonce ('strict-dynamic' lets them load Next's chunks);
 * - styles: our stylesheet, plus inline style attributes (React and Next's route announcer set
 *   them; a nonce cannot cover attributes);
 * - images and the file preview: the customer's own file is shown from a blob: URL;
 * - never framed (frame-ancestors 'none', as X-Frame-Options DENY says to older browsers).
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "object-src 'self' blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
