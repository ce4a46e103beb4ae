/**
 * Security headers for every response (the per-request Content Security Policy is set by
 * proxy.ts): never framed, no MIME sniffing, no referrer beyond our origin, no powerful
 * browser features.
 */
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm/.data via new URL(..., import.meta.url) and argon2 is a native addon:
  // bundling either breaks it at runtime (toolchain-notes P9), so Node loads them from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // The emulator's demo identities are read by the embedded-mode seed; the package ships TypeScript.
  transpilePackages: ["@portal/twilio-emulator"],
  // cacheComponents is deliberately left off: pages read the session and are force-dynamic (P16).
  poweredByHeader: false,
  // Lets parallel builds of one checkout (e.g. two e2e runs) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
