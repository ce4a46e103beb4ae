import "server-only";
import { sweepAccount } from "@/lib/dal/bundle-index";
import {
  finishInBackground,
  processStatusCallback,
  reconcileInBackground,
  requestsDueForReconcile,
} from "@/lib/dal/update-requests";
import { accountsDueForSweep } from "@/lib/dal/sweeps";
import { redispatchStuckNotices, sendDueReminders, sendNotice } from "@/lib/dal/notifications";
import { twilioNow } from "@/lib/twilio";
import { env } from "@/lib/env";
import { enqueue } from "./enqueue";
import type { Payload, QueueName } from "./queues";

/**
 * One handler per queue: each calls the data layer, which does the work and is idempotent. A
 * handler that throws fails the job, which pg-boss retries with backoff up to the queue's limit
 * and then keeps as failed, for support's Needs attention page.
 */
export const HANDLERS: { [Q in QueueName]: (data: Payload<Q>) => Promise<unknown> } = {
  status_callback: (data) =>
    processStatusCallback({
      ...data,
      validUntil:
        data.validUntil === undefined
          ? undefined
          : data.validUntil === null
            ? null
            : new Date(data.validUntil),
    }),
  finish_update: ({ requestId }) => finishInBackground(requestId),
  reconcile_request: ({ requestId }) => reconcileInBackground(requestId),
  async reconcile_due() {
    const due = await requestsDueForReconcile(env.RECONCILE_AFTER_MINUTES * 60_000);
    for (const requestId of due)
      await enqueue("reconcile_request", { requestId }, { key: requestId });
    return { enqueued: due.length };
  },
  sweep_account: ({ accountId }) => sweepAccount(accountId),
  async sweep_due() {
    const due = await accountsDueForSweep(env.SWEEP_EVERY_MINUTES * 60_000);
    for (const accountId of due)
      await enqueue("sweep_account", { accountId, reason: "schedule" }, { key: accountId });
    return { enqueued: due.length };
  },
  send_notice: ({ noticeId }) => sendNotice(noticeId),
  async notices_due() {
    // Deadlines are Twilio's: their days are counted on Twilio's clock (lib/twilio/clock.ts).
    const reminders = await sendDueReminders(twilioNow());
    const redispatched = await redispatchStuckNotices();
    return { ...reminders, redispatched };
  },
};
