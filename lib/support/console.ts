import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { ActingContext } from "@/lib/auth/context";
import { isStaffRole } from "@/lib/authz/rules";
import { getDb } from "@/lib/db";
import { accounts, impersonationSessions, memberships, users } from "@/lib/db/schema";
import { assertConsoleUser } from "@/lib/authz/require";
import { GatewayError, fetchBundle } from "@/lib/twilio";
import pMap from "p-map";
import {
  compareUrgency,
  countBundles,
  matchesConsoleQuery,
  parseConsoleQuery,
  type ConsoleAccount,
  type ConsoleRow,
} from "@/lib/support/console-rows";
import {
  CONSOLE_CONCURRENCY,
  forgetAccountBundles,
  getAccountBundles,
  type AccountBundles,
} from "./account-bundles";

export const CONSOLE_PAGE_SIZE = 50;

/** Staff only, checked here too: the DAL never trusts that its page already did. */
/** The console's "Refresh counts": staff only; the next console read goes to Twilio again. */
export function refreshConsoleCounts(ctx: ActingContext): void {
  assertConsoleUser(ctx);
  forgetAccountBundles();
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
  /** The oldest Twilio read shown, so staff know how fresh the counts are. */
  oldestLoad: Date | null;
}

/** An account's Bundles for the console, or what staff should read when Twilio did not answer. */
async function readBundles(
  subaccountSid: string,
): Promise<{ bundles: AccountBundles; error: null } | { bundles: null; error: string }> {
  try {
    return { bundles: await getAccountBundles(subaccountSid), error: null };
  } catch (error) {
    console.warn("[support] bundles unavailable", subaccountSid, error);
    const message =
      error instanceof GatewayError && error.visibility === "user"
        ? error.userMessage
        : "Twilio could not be reached for this account.";
    return { bundles: null, error: message };
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
  // Name, email and subaccount searches narrow the list before any Twilio call.
  const candidates =
    query.kind === "bundle" ? all : all.filter((a) => matchesConsoleQuery(a, query));

  const loaded = await pMap(
    candidates,
    async (account) => ({
      account,
      ...(await readBundles(account.subaccountSid)),
    }),
    { concurrency: CONSOLE_CONCURRENCY },
  );

  const matched = query.kind === "bundle" ? await filterByBundleSid(loaded, query.sid) : loaded;

  const now = new Date();
  const rows: ConsoleRow[] = matched
    .map(({ account, bundles, error }) => ({
      ...account,
      counts: bundles ? countBundles(bundles.bundles, now) : null,
      error,
      complete: bundles?.complete ?? true,
      loadedAt: bundles?.loadedAt ?? null,
    }))
    .sort(compareUrgency);

  const pages = Math.max(1, Math.ceil(rows.length / CONSOLE_PAGE_SIZE));
  const page = Math.min(Math.max(1, Math.trunc(input.page ?? 1) || 1), pages);
  const loads = rows.flatMap((r) => (r.loadedAt ? [r.loadedAt.getTime()] : []));
  return {
    rows: rows.slice((page - 1) * CONSOLE_PAGE_SIZE, page * CONSOLE_PAGE_SIZE),
    total: rows.length,
    page,
    pages,
    failed: rows.filter((r) => r.error).length,
    oldestLoad: loads.length ? new Date(Math.min(...loads)) : null,
  };
}

type Loaded = { account: ConsoleAccount; bundles: AccountBundles | null; error: string | null };

/**
 * Accounts that own the Bundle. The cached listings answer for complete ones; an account whose
 * listing is incomplete or failed is asked directly (one fetch each, bounded). Twilio answers 404
 * to every other subaccount's credentials, so at most one account matches.
 */
async function filterByBundleSid(loaded: Loaded[], sid: string): Promise<Loaded[]> {
  const known = loaded.filter((l) => l.bundles?.complete && l.bundles.sids.has(sid));
  if (known.length > 0) return known;
  const unsure = loaded.filter((l) => !l.bundles?.complete);
  const found = await pMap(
    unsure,
    async (l) => {
      try {
        await fetchBundle(l.account.subaccountSid, sid);
        return l;
      } catch (error) {
        if (!(error instanceof GatewayError && error.code.startsWith("not_found:")))
          console.warn("[support] bundle lookup failed", l.account.subaccountSid, error);
        return null;
      }
    },
    { concurrency: CONSOLE_CONCURRENCY },
  );
  return found.filter((l): l is Loaded => l !== null);
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
  const { bundles, error } = await readBundles(account.subaccountSid);
  const counts = bundles ? countBundles(bundles.bundles, new Date()) : null;
  return {
    ...account,
    members,
    staffAccount: members.some((m) => isStaffRole(m.role)),
    sessions,
    counts,
    error,
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
