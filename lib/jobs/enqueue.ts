import "server-only";
import { getBoss } from "./boss";
import { JOB_PAYLOADS, type Payload, type QueueName } from "./queues";

/**
 * Puts a job on its queue. `key` is the singleton key of a stately queue (a request, an account):
 * while one such job waits, another with the same key is not added (returns null).
 */
export async function enqueue<Q extends QueueName>(
  name: Q,
  data: Payload<Q>,
  options: { key?: string; startAfterSeconds?: number } = {},
): Promise<string | null> {
  const payload = JOB_PAYLOADS[name].parse(data);
  const boss = await getBoss();
  return boss.send(name, payload, {
    ...(options.key ? { singletonKey: options.key } : {}),
    ...(options.startAfterSeconds ? { startAfter: options.startAfterSeconds } : {}),
  });
}

/** Sends at most one job per `seconds` and key across every instance (the scheduler's ticks). */
export async function enqueueOncePer(name: QueueName, seconds: number, key = "tick") {
  const boss = await getBoss();
  return boss.sendThrottled(name, {}, {}, seconds, key);
}
