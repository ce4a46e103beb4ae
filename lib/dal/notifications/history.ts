import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { AccountContext } from "@/lib/auth/context";
import { getDb } from "@/lib/db";
import { accounts, notices } from "@/lib/db/schema";
import { NOTICE_LABEL, type NoticeKindName } from "@/lib/notifications/kinds";

/**
 * What was sent to whom and when: on the Bundle page, the Activity page, the support console
 * (last notice per account and whether its link was opened) and Needs attention (sends that
 * keep failing). Scoped by the caller's account in the query.
 */
export interface NoticeLine {
  id: string;
  kind: NoticeKindName;
  label: string;
  to: string;
  subject: string | null;
  status: string;
  createdAt: Date;
  sentAt: Date | null;
  clickedAt: Date | null;
  lastError: string | null;
  bundleSid: string | null;
}

const toLine = (n: typeof notices.$inferSelect): NoticeLine => ({
  id: n.id,
  kind: n.kind as NoticeKindName,
  label: NOTICE_LABEL[n.kind as NoticeKindName] ?? n.kind,
  to: n.toEmail,
  subject: n.subject,
  status: n.status,
  createdAt: n.createdAt,
  sentAt: n.sentAt,
  clickedAt: n.clickedAt,
  lastError: n.lastError,
  bundleSid: n.bundleSid,
});

export async function listNotices(
  ctx: AccountContext,
  filter: { bundleSid?: string; limit?: number } = {},
): Promise<NoticeLine[]> {
  const db = await getDb();
  const rows = await db
    .select()
    .from(notices)
    .where(
      filter.bundleSid
        ? and(eq(notices.accountId, ctx.account.id), eq(notices.bundleSid, filter.bundleSid))
        : eq(notices.accountId, ctx.account.id),
    )
    .orderBy(desc(notices.createdAt))
    .limit(filter.limit ?? 50);
  return rows.map(toLine);
}

/** For the console: each account's latest notice (sent or not) and whether it was opened. */
export async function lastNoticeByAccount(accountIds: string[]) {
  if (accountIds.length === 0) return new Map<string, NoticeLine>();
  const db = await getDb();
  const rows = await db
    .selectDistinctOn([notices.accountId])
    .from(notices)
    .where(inArray(notices.accountId, accountIds))
    .orderBy(notices.accountId, desc(notices.createdAt));
  return new Map(rows.map((r) => [r.accountId, toLine(r)]));
}

/** Sends that failed for good, or keep failing: for support's Needs attention page. */
export async function failingNotices(limit = 50) {
  const db = await getDb();
  const rows = await db
    .select({ notice: notices, accountName: accounts.name })
    .from(notices)
    .innerJoin(accounts, eq(accounts.id, notices.accountId))
    .where(
      sql`${notices.status} = 'failed' or (${notices.status} = 'queued' and ${notices.attempts} >= 3)`,
    )
    .orderBy(desc(notices.createdAt))
    .limit(limit);
  return rows.map((r) => ({
    ...toLine(r.notice),
    accountId: r.notice.accountId,
    accountName: r.accountName,
    attempts: r.notice.attempts,
  }));
}

/**
 * A click on a mail's deep link: recorded once (the first), and where it leads. The path comes
 * from the notice row, never from the link, so the link cannot send anyone elsewhere.
 */
export async function openNotice(noticeId: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .update(notices)
    .set({ clickedAt: sql`coalesce(${notices.clickedAt}, now())` })
    .where(eq(notices.id, noticeId))
    .returning({ targetPath: notices.targetPath, accountId: notices.accountId });
  return row ? inAccount(row.accountId, row.targetPath) : null;
}

/** A portal path opened in the account it is about (app/(portal)/go): users of several accounts. */
export const inAccount = (accountId: string, path: string) =>
  `/go?account=${accountId}&to=${encodeURIComponent(path)}`;

/** Support's retry of a failed send (audited by the caller): queued again, attempts reset. */
export async function requeueNotice(noticeId: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .update(notices)
    .set({ status: "queued", attempts: 0, claimedAt: null })
    .where(and(eq(notices.id, noticeId), inArray(notices.status, ["failed", "queued"])))
    .returning({ id: notices.id });
  return rows.length === 1;
}
