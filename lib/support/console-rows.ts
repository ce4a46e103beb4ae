/**
 * The support console's pure logic: per-account Bundle counts, urgency order and search.
 * Kept free of I/O so the rules are unit-tested (console-rows.test.ts); lib/support/console.ts
 * feeds it accounts from the database and Bundles from Twilio.
 */
import type { BundleStatus } from "@/lib/domain/types";

export const DAY_MS = 24 * 60 * 60 * 1000;

/** What the console keeps of a Bundle: enough to count and to find it by SID. */
export interface BundleBrief {
  sid: string;
  status: BundleStatus;
  validUntil: Date | null;
}

export interface BundleCounts {
  /** valid_until already passed. */
  overdue: number;
  /** valid_until within the next 7 days. */
  within7: number;
  /** valid_until within the next 30 days (includes the 7-day ones). */
  within30: number;
  /** Submitted copies or originals Twilio has not decided on yet. */
  underReview: number;
  rejected: number;
  total: number;
}

/**
 * A copy keeps its original's valid_until (Twilio's Copies resource; the emulator does the same),
 * so deadlines count only Bundles that carry live numbers: approved ones, and, once the date has
 * passed, ones Twilio rejected for missing it. Otherwise every update in progress would count its
 * Bundle twice.
 */
export const DEADLINE_STATUSES: readonly BundleBrief["status"][] = [
  "twilio-approved",
  "provisionally-approved",
];

export function countBundles(bundles: readonly BundleBrief[], now: Date): BundleCounts {
  const t = now.getTime();
  const counts: BundleCounts = {
    overdue: 0,
    within7: 0,
    within30: 0,
    underReview: 0,
    rejected: 0,
    total: bundles.length,
  };
  for (const b of bundles) {
    if (b.validUntil) {
      const left = b.validUntil.getTime() - t;
      const live = DEADLINE_STATUSES.includes(b.status);
      if (left < 0) {
        if (live || b.status === "twilio-rejected") counts.overdue++;
      } else if (live) {
        if (left <= 7 * DAY_MS) counts.within7++;
        if (left <= 30 * DAY_MS) counts.within30++;
      }
    }
    if (b.status === "pending-review" || b.status === "in-review") counts.underReview++;
    if (b.status === "twilio-rejected") counts.rejected++;
  }
  return counts;
}

export interface ConsoleAccount {
  id: string;
  name: string;
  subaccountSid: string;
  /** Emails of the customer users who belong to the account. */
  emails: string[];
  /** A staff member belongs to it: it can be looked at in the list, never impersonated. */
  staffAccount: boolean;
}

export interface ConsoleRow extends ConsoleAccount {
  counts: BundleCounts | null;
  /**
   * Why the counts are missing: the last sweep's error as Twilio or the network gave it (shown
   * as sent, in English), or null. `notSwept` says the account has not been read yet.
   */
  error: string | null;
  notSwept?: boolean;
  /** False when the account had more Bundles than the console reads (counts are a floor). */
  complete: boolean;
  loadedAt: Date | null;
  /** The account's latest email notice and whether its link was opened (issue 13). */
  lastNotice?: {
    /** The notice's kind (lib/notifications/kinds.ts); the page names it in the reader's language. */
    kind: string;
    to: string;
    status: string;
    at: Date;
    openedAt: Date | null;
  } | null;
}

/** Urgency, most urgent first: what is already late, then what is late soonest, then the rest. */
const URGENCY_KEYS: Array<keyof BundleCounts> = [
  "overdue",
  "within7",
  "rejected",
  "within30",
  "underReview",
];

export function compareUrgency(a: ConsoleRow, b: ConsoleRow): number {
  // Rows without counts go last: the page lists them separately with a Refresh.
  if (a.counts && !b.counts) return -1;
  if (!a.counts && b.counts) return 1;
  if (a.counts && b.counts) {
    for (const key of URGENCY_KEYS) {
      const diff = b.counts[key] - a.counts[key];
      if (diff !== 0) return diff;
    }
  }
  return a.name.localeCompare(b.name, "en", { sensitivity: "base" });
}

export type ConsoleQuery =
  | { kind: "none" }
  | { kind: "bundle"; sid: string }
  | { kind: "subaccount"; sid: string }
  | { kind: "text"; text: string };

const BUNDLE_SID = /^BU[0-9a-f]{32}$/i;
const ACCOUNT_SID = /^AC[0-9a-f]{32}$/i;

/** SIDs are a two-letter prefix and lower-case hex; people paste them in any case. */
export function normalizeSid(sid: string): string {
  return sid.slice(0, 2).toUpperCase() + sid.slice(2).toLowerCase();
}

/** What a search box entry means: a Bundle SID, a subaccount SID, or text (name or email). */
export function parseConsoleQuery(raw: string | null | undefined): ConsoleQuery {
  const q = (raw ?? "").trim().slice(0, 200);
  if (!q) return { kind: "none" };
  if (BUNDLE_SID.test(q)) return { kind: "bundle", sid: normalizeSid(q) };
  if (ACCOUNT_SID.test(q)) return { kind: "subaccount", sid: normalizeSid(q) };
  return { kind: "text", text: q.toLocaleLowerCase("en") };
}

/**
 * Whether an account matches a name/email/SID query. A Bundle SID matches through the SIDs read
 * from Twilio (`bundleSids`), so it needs the account's listing.
 */
export function matchesConsoleQuery(
  account: ConsoleAccount,
  query: ConsoleQuery,
  bundleSids?: ReadonlySet<string>,
): boolean {
  switch (query.kind) {
    case "none":
      return true;
    case "subaccount":
      return normalizeSid(account.subaccountSid) === query.sid;
    case "bundle":
      return bundleSids?.has(query.sid) ?? false;
    case "text":
      return (
        account.name.toLocaleLowerCase("en").includes(query.text) ||
        account.subaccountSid.toLowerCase().includes(query.text) ||
        account.emails.some((e) => e.toLowerCase().includes(query.text))
      );
  }
}
