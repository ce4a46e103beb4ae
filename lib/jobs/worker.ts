import "server-only";
import { env } from "@/lib/env";
import { processWide } from "@/lib/cache/process-wide";
import { getBoss, stopBoss } from "./boss";
import { enqueueOncePer } from "./enqueue";
import { HANDLERS } from "./handlers";
import { JOB_PAYLOADS, QUEUE_NAMES, QUEUE_SETTINGS, type QueueName } from "./queues";

/**
 * This process's workers: for each queue a few polling workers (the per-process bound on that
 * kind of work), and a scheduler that, every JOBS_TICK_SECONDS, sends the "what is due" jobs
 * (sweeps, reconciliations) at most once per tick across every instance (throttled by key), so
 * several instances on one Postgres sweep an account once, not once each.
 */
const state = processWide("job-workers", () => ({
  started: null as Promise<void> | null,
  ticker: null as ReturnType<typeof setInterval> | null,
}));

async function tick() {
  try {
    await enqueueOncePer("reconcile_due", env.JOBS_TICK_SECONDS);
    await enqueueOncePer("sweep_due", env.JOBS_TICK_SECONDS);
    await enqueueOncePer("notices_due", env.JOBS_TICK_SECONDS);
  } catch (error) {
    console.warn("[jobs] scheduler tick failed; the next one retries", error);
  }
}

async function start() {
  const boss = await getBoss();
  for (const name of QUEUE_NAMES) {
    const handle = HANDLERS[name] as (data: unknown) => Promise<unknown>;
    for (let i = 0; i < QUEUE_SETTINGS[name].workers; i++) {
      await boss.work(
        name,
        { pollingIntervalSeconds: env.JOBS_POLL_SECONDS, batchSize: 1 },
        async ([job]) => {
          if (!job) return;
          const data = JOB_PAYLOADS[name as QueueName].parse(job.data);
          return handle(data);
        },
      );
    }
  }
  if (!env.JOBS_SCHEDULER) return;
  state.ticker = setInterval(() => void tick(), env.JOBS_TICK_SECONDS * 1000);
  state.ticker.unref();
  void tick();
}

/** Starts this process's workers once (the app's server at boot, or `npm run worker`). */
export function startWorkers(): Promise<void> {
  state.started ??= start().catch((error: unknown) => {
    state.started = null;
    throw error;
  });
  return state.started;
}

/** Stops the workers (running jobs finish first) and the queue. */
export async function stopWorkers(): Promise<void> {
  if (state.ticker) clearInterval(state.ticker);
  state.ticker = null;
  state.started = null;
  await stopBoss();
}
