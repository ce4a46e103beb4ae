/**
 * The portal's background jobs, as data: each queue's name, its payload and how it retries.
 * pg-boss keeps them in Postgres (or the embedded PGlite), so any instance's workers pick them up
 * and each job runs once (SELECT … FOR UPDATE SKIP LOCKED). Handlers are idempotent: a job that
 * dies midway is retried after it expires, and every step checks Twilio and the row first.
 */
import { z } from "zod";

const sid = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`));

export const JOB_PAYLOADS = {
  /** A signature-checked status callback, handed over by the route to be applied here. */
  status_callback: z.object({
    accountSid: sid("AC"),
    bundleSid: sid("BU"),
    status: z.string().min(1).max(40),
    failureReason: z.string().max(2_000).nullable(),
    /** Absent: the callback did not say; null: no deadline. */
    validUntil: z.string().nullable().optional(),
    receivedAt: z.string(),
  }),
  /** ReplaceItems, confirm the original, delete the copy: after approval, by itself. */
  finish_update: z.object({ requestId: z.uuid() }),
  /** Read Twilio for one open request and act on what changed (a lost callback, a crash). */
  reconcile_request: z.object({ requestId: z.uuid() }),
  /** Which open requests are due a reconciliation (the scheduler's tick). */
  reconcile_due: z.object({}),
  /** List one account's Bundles into the index and record what changed. */
  sweep_account: z.object({ accountId: z.uuid(), reason: z.string().max(40).optional() }),
  /** Which accounts are due a sweep (the scheduler's tick). */
  sweep_due: z.object({}),
  /** Render and send one notice (lib/dal/notifications/send.ts); it is sent at most once. */
  send_notice: z.object({ noticeId: z.uuid() }),
  /** Reminders due now in each account's morning, and notices whose send job was lost. */
  notices_due: z.object({}),
} as const;

export type QueueName = keyof typeof JOB_PAYLOADS;
export type Payload<Q extends QueueName> = z.infer<(typeof JOB_PAYLOADS)[Q]>;

export interface QueueSettings {
  /**
   * stately: at most one queued and one running job per singleton key (one finish per request,
   * one sweep per account at a time); standard: every job runs.
   */
  policy: "standard" | "stately";
  retryLimit: number;
  /** Seconds before the first retry; doubled each time (backoff). */
  retryDelay: number;
  /** Workers of this queue per process: the bound on concurrent work of this kind. */
  workers: number;
}

export const QUEUE_SETTINGS: Record<QueueName, QueueSettings> = {
  status_callback: { policy: "standard", retryLimit: 10, retryDelay: 2, workers: 2 },
  finish_update: { policy: "stately", retryLimit: 12, retryDelay: 5, workers: 2 },
  reconcile_request: { policy: "stately", retryLimit: 5, retryDelay: 10, workers: 2 },
  reconcile_due: { policy: "standard", retryLimit: 1, retryDelay: 5, workers: 1 },
  sweep_account: { policy: "stately", retryLimit: 5, retryDelay: 30, workers: 4 },
  sweep_due: { policy: "standard", retryLimit: 1, retryDelay: 5, workers: 1 },
  // 8 retries from 30 s, doubling: an SMTP server down for about two hours is ridden out.
  send_notice: { policy: "stately", retryLimit: 8, retryDelay: 30, workers: 2 },
  notices_due: { policy: "standard", retryLimit: 1, retryDelay: 5, workers: 1 },
};

export const QUEUE_NAMES = Object.keys(JOB_PAYLOADS) as QueueName[];
