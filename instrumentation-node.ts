/**
 * The Node.js half of instrumentation.ts (kept apart so the Edge build never sees Node APIs):
 * - a deployment with a broken or unsafe environment (the published AUTH_SECRET with real
 *   Twilio, a missing secret) stops here with every problem listed, instead of starting and
 *   failing on the first request;
 * - the database is opened (and migrated) before the first request is served;
 * - with TIMING_LOG set, each request's time by kind of work is logged (lib/timing);
 * - unless JOBS_IN_PROCESS=false, this process also runs the background workers (lib/jobs), so
 *   one `npm start` finishes updates, reconciles and sweeps with no other process.
 */
import { parseEnv } from "./lib/env-schema";

let jobsInProcess = false;
let timingLog: string | undefined;
try {
  ({ JOBS_IN_PROCESS: jobsInProcess, TIMING_LOG: timingLog } = parseEnv(process.env));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

// `npm run bench:timing` only: where each request's time goes, appended to TIMING_LOG.
if (timingLog) {
  const { installRequestTiming } = await import("./lib/timing/request-scope");
  installRequestTiming(timingLog);
}

// The database opens here, before the server takes its first request: migrations and the demo
// seed (seconds on a fresh PGlite directory, on this thread) used to run beside the first page,
// which then stalled half-streamed for 3–13 s (npm run bench:timing, issue 15). A failed open is
// only logged: it is not cached, so the first request that needs the database tries again.
const { getDbHandle } = await import("./lib/db");
await getDbHandle().catch((error: unknown) => console.error("[db] could not open", error));

if (jobsInProcess) {
  const { startWorkers, stopWorkers } = await import("./lib/jobs/worker");
  // With NEXT_MANUAL_SIG_HANDLE=true (set by npm start), Next leaves shutdown to us: running jobs
  // finish before the process exits; otherwise they expire and another worker retries them.
  for (const signal of ["SIGTERM", "SIGINT"] as const)
    process.once(signal, () => {
      void stopWorkers().finally(() => process.exit(0));
    });
  await startWorkers().catch((error: unknown) =>
    console.error("[jobs] workers did not start", error),
  );
}
