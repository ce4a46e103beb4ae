import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import pMap from "p-map";
import { recordSystemAudit } from "@/lib/audit/record";
import { changesOf, indexRowFor, type BundleChange } from "@/lib/bundle-index/changes";
import { cachedRegulation } from "@/lib/dal/regulations";
import { getDb } from "@/lib/db";
import { accounts, accountSweeps, bundleEvents, bundleIndex } from "@/lib/db/schema";
import type { Bundle } from "@/lib/domain/types";
import type { NeedsActionSample } from "@/lib/worklist/summary";
import { env } from "@/lib/env";
import { dispatchNotices, queueNewDeadlineNotices } from "@/lib/dal/notifications";
import { GatewayError, listBundles, listPhoneNumbers, twilioNow, updateBundle } from "@/lib/twilio";
import { statusCallbackUrl } from "./update-requests/spine";

/**
 * The Bundle index (bundle_index): every account's Bundles as the last sweep (or callback) saw
 * them, and the domain events between sweeps (bundle_events). Written by the sweep job and the
 * status-callback job; read by the support console and the worklist's summary.
 */
const PAGE_SIZE = 1000;
const MAX_PAGES = 50;

async function allBundles(sub: string): Promise<Bundle[]> {
  const bundles: Bundle[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listBundles(sub, { pageSize: PAGE_SIZE, cursor });
    bundles.push(...page.items);
    cursor = page.nextPageUrl;
  } while (cursor && ++pages < MAX_PAGES);
  return bundles;
}

async function countryOf(sub: string, regulationSid: string | null) {
  if (!regulationSid) return null;
  try {
    return (await cachedRegulation(sub, regulationSid)).isoCountry;
  } catch {
    return null; // the index still counts the Bundle; the country is a filter, not a fact we need
  }
}

/**
 * Records events once each (the unique key ignores repeats); returns those that were new. A new
 * deadline's notices are queued in the same transaction, so an event is never recorded without
 * them (and the sweep that sees it again records nothing, so sends nothing twice).
 */
export async function recordBundleEvents(accountId: string, changes: BundleChange[]) {
  if (changes.length === 0) return [];
  const db = await getDb();
  const { recorded, noticeIds } = await db.transaction(async (tx) => {
    const recorded = await tx
      .insert(bundleEvents)
      .values(
        changes.map((c) => ({
          accountId,
          bundleSid: c.sid,
          kind: c.kind,
          key: c.key,
          details: c.details,
        })),
      )
      .onConflictDoNothing()
      .returning({
        id: bundleEvents.id,
        kind: bundleEvents.kind,
        bundleSid: bundleEvents.bundleSid,
        details: bundleEvents.details,
      });
    const deadlines = recorded
      .filter((e) => e.kind === "deadline_set" && typeof e.details.validUntil === "string")
      .map((e) => ({
        sid: e.bundleSid,
        name: typeof e.details.name === "string" ? e.details.name : e.bundleSid,
        validUntil: new Date(e.details.validUntil as string),
      }));
    const noticeIds = await queueNewDeadlineNotices(tx, accountId, deadlines, twilioNow());
    return { recorded, noticeIds };
  });
  await dispatchNotices(noticeIds);
  return recorded;
}

export interface SweepResult {
  bundles: number;
  changes: number;
  callbacksSet: number;
}

/**
 * One account's sweep: list its Bundles (and phone numbers) from Twilio, write the index, record
 * what changed, and point Bundles without our StatusCallback at the portal (Twilio's guide: "a
 * status callback webhook enabled for all of your Bundles"), each such change audited.
 */
export async function sweepAccount(accountId: string): Promise<SweepResult> {
  const db = await getDb();
  const [account] = await db
    .select({ id: accounts.id, sub: accounts.twilioSubaccountSid })
    .from(accounts)
    .where(eq(accounts.id, accountId));
  if (!account) return { bundles: 0, changes: 0, callbacksSet: 0 };
  const startedAt = new Date();
  await db
    .insert(accountSweeps)
    .values({ accountId, lastStartedAt: startedAt })
    .onConflictDoUpdate({ target: accountSweeps.accountId, set: { lastStartedAt: startedAt } });
  try {
    const result = await sweep(account.id, account.sub, startedAt);
    await db
      .update(accountSweeps)
      .set({ lastFinishedAt: new Date(), lastError: null, consecutiveFailures: 0 })
      .where(eq(accountSweeps.accountId, accountId));
    return result;
  } catch (error) {
    const message =
      error instanceof GatewayError
        ? `${error.code}: ${error.userMessage}`
        : String(error).slice(0, 500);
    const [row] = await db
      .select()
      .from(accountSweeps)
      .where(eq(accountSweeps.accountId, accountId));
    await db
      .update(accountSweeps)
      .set({ lastError: message, consecutiveFailures: (row?.consecutiveFailures ?? 0) + 1 })
      .where(eq(accountSweeps.accountId, accountId));
    throw error;
  }
}

async function sweep(accountId: string, sub: string, now: Date): Promise<SweepResult> {
  const db = await getDb();
  const [bundles, numbers, known] = await Promise.all([
    allBundles(sub),
    listPhoneNumbers(sub),
    db.select().from(bundleIndex).where(eq(bundleIndex.accountId, accountId)),
  ]);
  const perBundle = new Map<string, number>();
  for (const n of numbers)
    if (n.bundleSid) perBundle.set(n.bundleSid, (perBundle.get(n.bundleSid) ?? 0) + 1);
  const callbackUrl = statusCallbackUrl();
  const rows = await pMap(
    bundles,
    async (b) =>
      indexRowFor(b, {
        isoCountry: await countryOf(sub, b.regulationSid),
        phoneNumbers: perBundle.get(b.sid) ?? 0,
        callbackUrl,
      }),
    { concurrency: 4 },
  );

  const before = new Map(known.filter((k) => !k.goneAt).map((k) => [k.sid, k]));
  const seen = new Set(rows.map((r) => r.sid));
  const changes = [
    ...rows.flatMap((r) => changesOf(before.get(r.sid) ?? null, r, now)),
    ...[...before.values()].filter((k) => !seen.has(k.sid)).flatMap((k) => changesOf(k, null, now)),
  ];

  let callbacksSet = 0;
  if (env.ENSURE_STATUS_CALLBACKS) {
    const missing = rows.filter((r) => !r.callbackSet);
    await pMap(
      missing,
      async (r) => {
        try {
          const updated = await updateBundle(sub, r.sid, { statusCallback: callbackUrl });
          r.callbackSet = updated.statusCallback === callbackUrl;
          if (!r.callbackSet) return;
          callbacksSet++;
          await recordSystemAudit({
            accountId,
            action: "bundle.status_callback_set",
            targetSid: r.sid,
            details: { url: callbackUrl },
          });
        } catch (error) {
          // One Bundle Twilio will not change (or a blip) must not fail the account's sweep.
          console.warn(
            "[sweep] status callback not set",
            r.sid,
            error instanceof Error ? error.message : error,
          );
        }
      },
      { concurrency: 4 },
    );
  }

  if (rows.length > 0)
    await db
      .insert(bundleIndex)
      .values(rows.map((r) => ({ ...r, accountId, lastSeenAt: now, goneAt: null })))
      .onConflictDoUpdate({
        target: bundleIndex.sid,
        set: {
          accountId,
          friendlyName: sqlExcluded("friendly_name"),
          status: sqlExcluded("status"),
          regulationSid: sqlExcluded("regulation_sid"),
          isoCountry: sqlExcluded("iso_country"),
          validUntil: sqlExcluded("valid_until"),
          phoneNumbers: sqlExcluded("phone_numbers"),
          needsAction: sqlExcluded("needs_action"),
          callbackSet: sqlExcluded("callback_set"),
          email: sqlExcluded("email"),
          lastSeenAt: now,
          goneAt: null,
        },
      });
  const gone = [...before.keys()].filter((sid) => !seen.has(sid));
  if (gone.length > 0)
    await db
      .update(bundleIndex)
      .set({ goneAt: now, needsAction: false })
      .where(and(eq(bundleIndex.accountId, accountId), inArray(bundleIndex.sid, gone)));
  const recorded = await recordBundleEvents(accountId, changes);
  return { bundles: rows.length, changes: recorded.length, callbacksSet };
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}

/** Which of our accounts a Bundle belongs to, as far as the index knows. */
export async function indexedOwner(sid: string): Promise<string | null> {
  const db = await getDb();
  const [row] = await db
    .select({ accountId: bundleIndex.accountId })
    .from(bundleIndex)
    .where(and(eq(bundleIndex.sid, sid), isNull(bundleIndex.goneAt)));
  return row?.accountId ?? null;
}

/**
 * A callback about an original (a regulation change set its deadline, it expired): the index
 * learns it at once and the change is recorded as an event. Returns false when the Bundle is not
 * indexed yet (the caller sweeps the account instead).
 */
export async function noteBundleCallback(
  accountId: string,
  callback: { bundleSid: string; status: string; validUntil?: Date | null },
): Promise<boolean> {
  const db = await getDb();
  const [known] = await db
    .select()
    .from(bundleIndex)
    .where(and(eq(bundleIndex.sid, callback.bundleSid), eq(bundleIndex.accountId, accountId)));
  if (!known) return false;
  const now = new Date();
  // A callback without a valid_until field tells nothing about it: keep what we knew.
  // (null is news: the deadline was cleared, as after a finished update.)
  const validUntil = callback.validUntil === undefined ? known.validUntil : callback.validUntil;
  const after = { ...known, status: callback.status, validUntil };
  await db
    .update(bundleIndex)
    .set({
      status: after.status,
      validUntil: after.validUntil,
      needsAction:
        (after.status === "twilio-approved" && after.validUntil !== null) ||
        after.status === "twilio-rejected",
      lastSeenAt: now,
    })
    .where(eq(bundleIndex.sid, known.sid));
  await recordBundleEvents(accountId, changesOf(known, after, now));
  return true;
}

/**
 * The account's needs-action Bundles as the index holds them (the worklist's summary line), or
 * null when the account was never swept. Exact counts: the index has them all.
 */
export async function indexedNeedsAction(accountId: string): Promise<NeedsActionSample | null> {
  const db = await getDb();
  const [swept] = await db
    .select({ at: accountSweeps.lastFinishedAt })
    .from(accountSweeps)
    .where(eq(accountSweeps.accountId, accountId));
  if (!swept?.at) return null;
  const rows = await db
    .select()
    .from(bundleIndex)
    .where(and(eq(bundleIndex.accountId, accountId), isNull(bundleIndex.goneAt)))
    .orderBy(asc(bundleIndex.validUntil));
  const asBundle = (r: (typeof rows)[number]): Bundle => ({
    sid: r.sid,
    accountSid: "",
    regulationSid: r.regulationSid,
    friendlyName: r.friendlyName,
    status: r.status as Bundle["status"],
    email: null,
    statusCallback: null,
    validUntil: r.validUntil,
    dateCreated: null,
    dateUpdated: null,
  });
  return {
    deadlines: rows.filter((r) => r.validUntil !== null).map(asBundle),
    moreDeadlines: false,
    rejected: rows
      .filter((r) => r.validUntil === null && r.status === "twilio-rejected")
      .map(asBundle),
    moreRejected: false,
  };
}

/** The original as the finish confirmed it (deadline cleared): the index need not wait a sweep. */
export async function indexConfirmedOriginal(accountId: string, original: Bundle) {
  await noteBundleCallback(accountId, {
    bundleSid: original.sid,
    status: original.status,
    validUntil: original.validUntil,
  });
}

/**
 * The account's next Bundle with a deadline to meet, other than `exceptSid` (the one just done):
 * what the Done page offers next. From the index; working copies of updates are not tasks.
 */
export async function nextDeadline(ctx: { account: { id: string } }, exceptSid: string) {
  const db = await getDb();
  const [row] = await db
    .select({
      sid: bundleIndex.sid,
      name: bundleIndex.friendlyName,
      validUntil: bundleIndex.validUntil,
    })
    .from(bundleIndex)
    .where(
      and(
        eq(bundleIndex.accountId, ctx.account.id),
        isNull(bundleIndex.goneAt),
        eq(bundleIndex.status, "twilio-approved"),
        sql`${bundleIndex.validUntil} is not null`,
        sql`${bundleIndex.sid} <> ${exceptSid}`,
        sql`not exists (select 1 from update_requests r where r.copy_sid = ${bundleIndex.sid})`,
      ),
    )
    .orderBy(asc(bundleIndex.validUntil))
    .limit(1);
  return row ? { sid: row.sid, name: row.name, validUntil: row.validUntil! } : null;
}
