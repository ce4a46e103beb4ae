import "server-only";
import { and, desc, eq, gt, inArray, lt, notInArray, or, sql } from "drizzle-orm";
import type { ActingContext } from "@/lib/auth/context";
import { recordAudit } from "@/lib/audit/record";
import { assertConsoleUser } from "@/lib/authz/assert";
import { getDb } from "@/lib/db";
import { accountSweeps, accounts, updateRequests } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { getBoss } from "@/lib/jobs/boss";
import { enqueue } from "@/lib/jobs/enqueue";
import { QUEUE_NAMES, type QueueName } from "@/lib/jobs/queues";
import { dispatchNotices, failingNotices, requeueNotice } from "@/lib/dal/notifications";

/**
 * Support's "Needs attention" (issue 12): the background work that keeps failing, with the error
 * and a way to retry: jobs that ran out of retries, accounts whose sweeps fail, update requests
 * whose last step failed or that have waited too long after approval.
 */
export interface FailedJob {
  id: string;
  name: QueueName;
  data: Record<string, unknown>;
  error: string;
  retries: number;
  failedAt: Date | null;
}

const STALE_MS = 15 * 60_000;

export async function listNeedsAttention(ctx: ActingContext) {
  assertConsoleUser(ctx);
  const db = await getDb();
  const failedJobs = await readFailedJobs();
  const sweeps = await db
    .select({
      accountId: accounts.id,
      name: accounts.name,
      error: accountSweeps.lastError,
      failures: accountSweeps.consecutiveFailures,
      lastStartedAt: accountSweeps.lastStartedAt,
    })
    .from(accountSweeps)
    .innerJoin(accounts, eq(accounts.id, accountSweeps.accountId))
    .where(gt(accountSweeps.consecutiveFailures, 0))
    .orderBy(desc(accountSweeps.consecutiveFailures));
  const before = new Date(Date.now() - STALE_MS);
  const requests = await db
    .select({
      id: updateRequests.id,
      accountName: accounts.name,
      originalSid: updateRequests.originalSid,
      phase: updateRequests.phase,
      lastFailure: updateRequests.lastFailure,
      updatedAt: updateRequests.updatedAt,
    })
    .from(updateRequests)
    .innerJoin(accounts, eq(accounts.id, updateRequests.accountId))
    .where(
      and(
        notInArray(updateRequests.phase, ["done", "cancelled"]),
        or(
          eq(updateRequests.phase, "failed"),
          and(
            inArray(updateRequests.phase, ["approved", "replaced"]),
            lt(updateRequests.updatedAt, before),
          ),
          and(sql`${updateRequests.lastFailure} is not null`, lt(updateRequests.updatedAt, before)),
        ),
      ),
    )
    .orderBy(desc(updateRequests.updatedAt))
    .limit(100);
  const notices = await failingNotices();
  return { failedJobs, sweeps, requests, notices };
}

async function readFailedJobs(): Promise<FailedJob[]> {
  const db = await getDb();
  try {
    const result = await db.execute(
      sql`select id::text as id, name, data, output, retry_count, completed_on
          from pgboss.job where state = 'failed' order by completed_on desc nulls last limit 50`,
    );
    const rows = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
    return rows
      .filter((r) => (QUEUE_NAMES as string[]).includes(String(r.name)))
      .map((r) => {
        const output = (r.output ?? {}) as { message?: string; value?: { message?: string } };
        return {
          id: String(r.id),
          name: r.name as QueueName,
          data: (r.data ?? {}) as Record<string, unknown>,
          error: (output.message ?? output.value?.message ?? JSON.stringify(output)).slice(0, 500),
          retries: Number(r.retry_count ?? 0),
          failedAt: r.completed_on ? new Date(String(r.completed_on)) : null,
        };
      });
  } catch {
    return []; // the queue's tables are not there yet
  }
}

/** Runs a failed job again (its retries start over), audited. */
export async function retryFailedJob(ctx: ActingContext, name: string, id: string) {
  assertConsoleUser(ctx);
  if (!(QUEUE_NAMES as string[]).includes(name)) throw new AppError("not_found:resource");
  await (await getBoss()).retry(name, id);
  await recordAudit(ctx, { action: "support.job_retried", details: { name, id } });
}

export async function retrySweep(ctx: ActingContext, accountId: string) {
  assertConsoleUser(ctx);
  await enqueue("sweep_account", { accountId, reason: "support" }, { key: accountId });
  await recordAudit(ctx, { action: "support.sweep_retried", accountId, details: {} });
}

export async function retryRequest(ctx: ActingContext, requestId: string) {
  assertConsoleUser(ctx);
  await enqueue("reconcile_request", { requestId }, { key: requestId });
  await recordAudit(ctx, { action: "support.request_reconciled", details: { requestId } });
}

/** Sends a notice that could not be sent once more (its attempts start over), audited. */
export async function retryNotice(ctx: ActingContext, noticeId: string) {
  assertConsoleUser(ctx);
  if (!(await requeueNotice(noticeId))) throw new AppError("not_found:resource");
  await dispatchNotices([noticeId]);
  await recordAudit(ctx, { action: "support.notice_retried", details: { noticeId } });
}
