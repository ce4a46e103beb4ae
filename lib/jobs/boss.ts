import "server-only";
import PgBoss from "pg-boss";
import { processWide } from "@/lib/cache/process-wide";
import { getDbHandle } from "@/lib/db";
import { env } from "@/lib/env";
import { QUEUE_NAMES, QUEUE_SETTINGS } from "./queues";

/**
 * The job queue (pg-boss 10, the last major for Node 20), one per process. Why pg-boss over
 * graphile-worker (both tried here on PGlite and Postgres): it runs unchanged on the embedded
 * PGlite through its `db` adapter (graphile-worker needs a real connection, and PGlite behind a
 * socket shares one session between connections, so transactions interleave), it has queue
 * policies that dedupe per key (one finish per request, one sweep per account), configurable
 * retry backoff and dead jobs kept queryable for support; graphile-worker's LISTEN/NOTIFY gives
 * lower latency, which nothing here needs.
 *
 * On Postgres the queue opens its own small pool; on PGlite it shares the app's instance
 * in-process, which runs one statement at a time and holds transactions exclusively.
 */
interface Slot {
  started?: Promise<PgBoss>;
  stopping?: Promise<void>;
}
const slot = processWide("job-queue", (): Slot => ({}));

async function create(): Promise<PgBoss> {
  const handle = await getDbHandle();
  const common = {
    schema: "pgboss",
    supervise: true,
    schedule: false, // ticks are sent by lib/jobs/worker.ts, so intervals can be seconds
    migrate: true,
    maintenanceIntervalSeconds: env.JOBS_MAINTENANCE_SECONDS,
    expireInSeconds: env.JOBS_EXPIRE_SECONDS,
    retentionDays: 7,
    archiveCompletedAfterSeconds: 60 * 60,
    archiveFailedAfterSeconds: 7 * 24 * 60 * 60,
  } as const;
  const boss =
    handle.driver === "postgres" && env.DATABASE_URL
      ? new PgBoss({ ...common, connectionString: env.DATABASE_URL, max: 4 })
      : new PgBoss({
          ...common,
          db: { executeSql: (text, values) => handle.executeSql(text, values ?? []) },
        });
  boss.on("error", (error) => console.warn("[jobs] queue error", error));
  await boss.start();
  for (const name of QUEUE_NAMES) {
    const { policy, retryLimit, retryDelay } = QUEUE_SETTINGS[name];
    await boss.createQueue(name, {
      name,
      policy,
      retryLimit,
      retryDelay,
      retryBackoff: true,
      expireInSeconds: env.JOBS_EXPIRE_SECONDS,
    });
  }
  return boss;
}

/** The started queue (sending needs no workers: an app with JOBS_IN_PROCESS=false sends too). */
export function getBoss(): Promise<PgBoss> {
  slot.started ??= create().catch((error: unknown) => {
    slot.started = undefined;
    throw error;
  });
  return slot.started;
}

/** Stops this process's queue: running jobs finish (up to `timeoutMs`), then it closes. */
export async function stopBoss(timeoutMs = 10_000): Promise<void> {
  const started = slot.started;
  if (!started) return;
  slot.started = undefined;
  const boss = await started.catch(() => null);
  await boss?.stop({ graceful: true, wait: true, timeout: timeoutMs });
}
