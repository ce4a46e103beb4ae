/** Runs once when a server process starts (Next.js instrumentation); see instrumentation-node.ts. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return; // the build needs no secrets
  await import("./instrumentation-node");
}
