// `npm run worker`: the background workers (lib/jobs) in a process of their own, beside app
// instances started with JOBS_IN_PROCESS=false. Postgres only: the embedded PGlite lives inside
// one process (the app's, whose own workers then do the work).
import { parseEnv } from "@/lib/env-schema";

const env = parseEnv(process.env);
if (!env.DATABASE_URL) {
  console.error(
    "npm run worker needs DATABASE_URL (Postgres). With the embedded database the app runs the workers itself.",
  );
  process.exit(2);
}
const { startWorkers, stopWorkers } = await import("@/lib/jobs/worker");
await startWorkers();
console.log("Workers running (Ctrl+C to stop).");
for (const signal of ["SIGTERM", "SIGINT"] as const)
  process.once(signal, () => {
    void stopWorkers().finally(() => process.exit(0));
  });
