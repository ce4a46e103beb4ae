/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its .wasm/.data via new URL(..., import.meta.url) and argon2 is a native addon:
  // bundling either breaks it at runtime (toolchain-notes P9), so Node loads them from node_modules.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  // cacheComponents is deliberately left off: pages read the session and are force-dynamic (P16).
  // The emulator's demo identities are read by the embedded-mode seed; the package ships TypeScript.
  transpilePackages: ["@portal/twilio-emulator"],
  poweredByHeader: false,
  // Lets parallel builds of one checkout (e.g. two e2e runs) use separate output folders.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
