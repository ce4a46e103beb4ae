import "server-only";
import { and, asc, desc, eq, isNull, sql } from "drizzle-orm";
import type { ActingContext } from "@/lib/auth/context";
import { isStaffRole } from "@/lib/authz/rules";
import { getDb } from "@/lib/db";
import { accounts, bundleIndex, impersonationSessions, memberships, users } from "@/lib/db/schema";
import { enqueue } from "@/lib/jobs/enqueue";
import { assertConsoleUser } from "@/lib/authz/assert";
import {
  compareUrgency,
  DAY_MS,
  DEADLINE_STATUSES,
  type BundleCounts,
  matchesConsoleQuery,
  parseConsoleQuery,
  type ConsoleAccount,
  type ConsoleRow,
} from "@/lib/support/console-rows";
import { lastNoticeByAccount } from "@/lib/dal/notifications";

export const CONSOLE_PAGE_SIZE = 50;

/**
 * The console's "Refresh counts": sweeps every account (or those `q` matches) into the index now,
 * as background jobs; the page shows how many are still to go.
 */
export async function refreshConsoleCounts(ctx: ActingContext, q?: string): Promise<number> {
  assertConsoleUser(ctx);
  const query = parseConsoleQuery(q);
  const all = await listConsoleAccounts();
  const targets = query.kind === "bundle" ? all : all.filter((a) => matchesConsoleQuery(a, query));
  for (const account of targets)
    await enqueue(
      "sweep_account",
      { accountId: account.id, reason: "refresh" },
      { key: account.id },
    );
  return targets.length;
}

/** Every account with its customers' emails (one query) and whether a staff member belongs. */
async function listConsoleAccounts(): Promise<ConsoleAccount[]> {
  const db = await getDb();
  const rows = await db
    .select({
      id: accounts.id,
      name: accounts.name,
      subaccountSid: accounts.twilioSubaccountSid,
      email: users.email,
      role: users.role,
    })
    .from(accounts)
    .leftJoin(memberships, eq(memberships.accountId, accounts.id))
    .leftJoin(users, eq(users.id, memberships.userId))
    .orderBy(asc(accounts.name), asc(users.email));
  const byId = new Map<string, ConsoleAccount>();
  for (const r of rows) {
    const account = byId.get(r.id) ?? {
      id: r.id,
      name: r.name,
      subaccountSid: r.subaccountSid,
      emails: [],
      staffAccount: false,
    };
    if (r.email) account.emails.push(r.email);
    if (r.role && isStaffRole(r.role)) account.staffAccount = true;
    byId.set(r.id, account);
  }
  return [...byId.values()];
}

export interface ConsoleView {
  rows: ConsoleRow[];
  /** Matching accounts in total (all pages). */
  total: number;
  page: number;
  pages: number;
  /** Matching accounts whose counts could not be read. */
  failed: number;
  /** The oldest sweep shown, so staff know how fresh the counts are. */
  oldestLoad: Date | null;
}

interface IndexedCounts {
  counts: BundleCounts;
  sweptAt: Date | null;
  error: string | null;
}

const LIVE = sql.join(
  DEADLINE_STATUSES.map((s) => sql`${s}`),
  sql`, `,
);

/**
 * Every account's Bundle counts from the index, in one aggregate query whatever the number of
 * accounts (the console no longer asks Twilio anything: issue 12 measured 23 s for 1,000 accounts
 * when it did). The buckets are countBundles' (console-rows.ts), which a test holds them to.
 */
export async function countIndexedBundles(
  now: Date,
  accountIds?: string[],
): Promise<Map<string, IndexedCounts>> {
  const db = await getDb();
  const at = now.toISOString();
  const in7 = new Date(now.getTime() + 7 * DAY_MS).toISOString();
  const in30 = new Date(now.getTime() + 30 * DAY_MS).toISOString();
  const scope = accountIds?.length
    ? sql`and a.id in (${sql.join(
        accountIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute<{
    account_id: string;
    total: number;
    overdue: number;
    within7: number;
    within30: number;
    under_review: number;
    rejected: number;
    swept_at: string | Date | null;
    last_error: string | null;
    failures: number | null;
  }>(sql`
    select a.id as account_id,
      count(b.sid)::int as total,
      count(*) filter (where b.valid_until < ${at}::timestamptz
        and (b.status in (${LIVE}) or b.status = 'twilio-rejected'))::int as overdue,
      count(*) filter (where b.valid_until >= ${at}::timestamptz and b.valid_until <= ${in7}::timestamptz
        and b.status in (${LIVE}))::int as within7,
      count(*) filter (where b.valid_until >= ${at}::timestamptz and b.valid_until <= ${in30}::timestamptz
        and b.status in (${LIVE}))::int as within30,
      count(*) filter (where b.status in ('pending-review', 'in-review'))::int as under_review,
      count(*) filter (where b.status = 'twilio-rejected')::int as rejected,
      s.last_finished_at as swept_at, s.last_error, s.consecutive_failures as failures
    from accounts a
      left join bundle_index b on b.account_id = a.id and b.gone_at is null
      left join account_sweeps s on s.account_id = a.id
    where true ${scope}
    group by a.id, s.last_finished_at, s.last_error, s.consecutive_failures`);
  const rows = (result as unknown as { rows: Array<Record<string, unknown>> }).rows;
  const out = new Map<string, IndexedCounts>();
  for (const r of rows) {
    const swept = r.swept_at ? new Date(r.swept_at as string) : null;
    out.set(r.account_id as string, {
      counts: {
        total: Number(r.total),
        overdue: Number(r.overdue),
        within7: Number(r.within7),
        within30: Number(r.within30),
        underReview: Number(r.under_review),
        rejected: Number(r.rejected),
      },
      sweptAt: swept,
      error: Number(r.failures ?? 0) > 0 ? (r.last_error as string) : null,
    });
  }
  return out;
}

async function ownerOfBundle(sid: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ accountId: bundleIndex.accountId })
    .from(bundleIndex)
    .where(and(eq(bundleIndex.sid, sid), isNull(bundleIndex.goneAt)));
  return row?.accountId ?? null;
}

/** Sweep jobs still waiting or running (the Refresh's progress). */
export async function pendingSweeps(ctx: ActingContext): Promise<number> {
  assertConsoleUser(ctx);
  const db = await getDb();
  try {
    const result = await db.execute<{ n: number }>(
      sql`select count(*)::int as n from pgboss.job where name = 'sweep_account' and state in ('created', 'retry', 'active')`,
    );
    return Number((result as unknown as { rows: Array<{ n: number }> }).rows?.[0]?.n ?? 0);
  } catch {
    return 0; // the queue's tables are not there yet (no job ever sent)
  }
}

/**
 * The console: every account (or those matching `q`), with its Bundle counts, most urgent first.
 * Sorting by urgency needs every account's counts, so all are read (bounded concurrency, cached
 * a minute) and only the requested page is returned.
 */
export async function loadConsole(
  ctx: ActingContext,
  input: { q?: string | null; page?: number },
): Promise<ConsoleView> {
  assertConsoleUser(ctx);
  const query = parseConsoleQuery(input.q);
  const all = await listConsoleAccounts();
  const owner = query.kind === "bundle" ? await ownerOfBundle(query.sid) : null;
  const matched =
    query.kind === "bundle"
      ? all.filter((a) => a.id === owner)
      : all.filter((a) => matchesConsoleQuery(a, query));
  const now = new Date();
  const index = await countIndexedBundles(now);

  const rows: ConsoleRow[] = matched
    .map((account) => {
      const indexed = index.get(account.id);
      const swept = indexed?.sweptAt ?? null;
      return {
        ...account,
        // Never swept yet: no counts to show (listed last, with the Refresh).
        counts: swept || indexed?.counts.total ? (indexed?.counts ?? null) : null,
        error: indexed?.error ?? null,
        notSwept: !indexed?.error && !swept,
        complete: true,
        loadedAt: swept,
      };
    })
    .sort(compareUrgency);

  const pages = Math.max(1, Math.ceil(rows.length / CONSOLE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1) || 1), pages);
  const loads = rows.flatMap((r) => (r.loadedAt ? [r.loadedAt.getTime()] : []));
  const shown = rows.slice((page - 1) * CONSOLE_PAGE_SIZE, page * CONSOLE_PAGE_SIZE);
  const notices = await lastNoticeByAccount(shown.map((r) => r.id));
  for (const row of shown) {
    const n = notices.get(row.id);
    row.lastNotice = n
      ? {
          kind: n.kind,
          to: n.to,
          status: n.status,
          at: n.sentAt ?? n.createdAt,
          openedAt: n.clickedAt,
        }
      : null;
  }
  return {
    rows: shown,
    total: rows.length,
    page,
    pages,
    failed: rows.filter((r) => r.error || r.notSwept).length,
    oldestLoad: loads.length ? new Date(Math.min(...loads)) : null,
  };
}

/** One account for the "help this customer" page: members, Bundle counts, recent support access. */
export async function getConsoleAccount(ctx: ActingContext, accountId: string) {
  assertConsoleUser(ctx);
  if (!UUID.test(accountId)) return null;
  const db = await getDb();
  const [account] = await db
    .select({ id: accounts.id, name: accounts.name, subaccountSid: accounts.twilioSubaccountSid })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) return null;
  const [members, sessions] = await Promise.all([
    db
      .select({ name: users.name, email: users.email, role: users.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(eq(memberships.accountId, account.id))
      .orderBy(asc(users.email)),
    db
      .select()
      .from(impersonationSessions)
      .where(eq(impersonationSessions.accountId, account.id))
      .orderBy(desc(impersonationSessions.startedAt))
      .limit(5),
  ]);
  const indexed = (await countIndexedBundles(new Date(), [account.id])).get(account.id);
  const counts = indexed?.counts ?? null;
  const error = indexed?.error ?? null;
  const notSwept = !error && !indexed?.sweptAt;
  return {
    ...account,
    members,
    staffAccount: members.some((m) => isStaffRole(m.role)),
    sessions,
    counts,
    error,
    notSwept,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
