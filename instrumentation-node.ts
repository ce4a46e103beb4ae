/**
 * The Node.js half of instrumentation.ts (kept apart so the Edge build never sees Node APIs):
 * - a deployment with a broken or unsafe environment (the published AUTH_SECRET with real
 *   Twilio, a missing secret) stops here with every problem listed, instead of starting and
 *   failing on the first request;
 * - unless JOBS_IN_PROCESS=false, this process also runs the background workers (lib/jobs), so
 *   one `npm start` finishes updates, reconciles and sweeps with no other process.
 */
import { parseEnv } from "./lib/env-schema";

let jobsInProcess = false;
try {
  jobsInProcess = parseEnv(process.env).JOBS_IN_PROCESS;
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

if (jobsInProcess) {
  const { startWorkers, stopWorkers } = await import("./lib/jobs/worker");
  startWorkers().catch((error: unknown) => console.error("[jobs] workers did not start", error));
  // With NEXT_MANUAL_SIG_HANDLE=true (set by npm start), Next leaves shutdown to us: running jobs
  // finish before the process exits; otherwise they expire and another worker retries them.
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      void stopWorkers().finally(() => process.exit(0));
    });
}
