import createNextIntlPlugin from "next-intl/plugin";

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
  // sharp (libvips) and PDF.js check uploaded documents; both load native or worker files.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "@node-rs/argon2",
    "sharp",
    "pdfjs-dist",
    "pg-boss",
    "nodemailer",
  ],
  // The emulator's demo identities are read by the embedded-mode seed; the package ships TypeScript.
  transpilePackages: ["@portal/twilio-emulator", "@portal/mail-catcher"],
  // cacheComponents is deliberately left off: pages read the session and are force-dynamic (P16).
  poweredByHeader: false,
  // Lets parallel builds of one checkout (e.g. two e2e runs) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // A document of up to 5 MB (lib/requirements/upload-rules.ts) travels in one server action,
  // with its section's values and multipart overhead (the default, 1 MB, failed every upload over
  // it with a 500). The server checks the file itself against the 5 MB rule.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// next-intl (issue 16): the request's language and catalog come from lib/i18n/request.ts.
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
