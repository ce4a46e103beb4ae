/**
 * A portal instance in a child process, for the tests that kill one or run two (tests/dal/
 * jobs.test.ts): the status-callback route on APP_PORT and the job workers, on the database
 * and emulator its environment names. It runs until killed, printing "ready" once listening.
 */
import { startRouteServer } from "./route-server";

const port = Number(process.env.APP_PORT ?? 0);
await startRouteServer(port);
const { getDb } = await import("@/lib/db");
await getDb();
const { startWorkers } = await import("@/lib/jobs/worker");
await startWorkers();
process.stdout.write("ready\n");
setInterval(() => undefined, 1 << 30);
