/**
 * Runs once when a server process starts (Next.js instrumentation). A deployment with a broken
 * or unsafe environment (the published AUTH_SECRET with real Twilio, a missing secret) stops
 * here with every problem listed, instead of starting and failing on the first request.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build needs no secrets
  const { parseEnv } = await import("./lib/env-schema");
  try {
    parseEnv(process.env);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
