// No server-only here: scripts/bench-console.ts runs this exact loader against the emulator.
// It only reads through the gateway, which keeps every credential inside lib/twilio.
import { listBundles } from "@/lib/twilio/list-bundles";
import { processWide } from "@/lib/cache/process-wide";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import type { BundleBrief } from "@/lib/support/console-rows";
import { normalizeSid } from "@/lib/support/console-rows";

/**
 * Every Bundle of one subaccount, as the console needs it (SID, status, valid_until), read from
 * Twilio at most once a minute per account and shared by every staff member of this instance.
 * One listing per account (Twilio's maximum page size) serves all the counts and the Bundle SID
 * search, instead of one filtered query per count.
 */
export const CONSOLE_CACHE_TTL_MS = 60_000;
/**
 * Twilio calls in flight at once while filling the console. Each call uses a different
 * subaccount's credentials, so this bounds our own fan-out (and the parent's token lookups),
 * not a per-account limit: 16 reads 300 accounts in about 3 s at 150 ms a request
 * (scripts/bench-console.ts).
 */
export const CONSOLE_CONCURRENCY = 16;
/** Twilio's largest page; a few pages cover any realistic account. */
const PAGE_SIZE = 1000;
const MAX_PAGES = 5;

export interface AccountBundles {
  bundles: BundleBrief[];
  sids: Set<string>;
  /** False when the account has more Bundles than MAX_PAGES pages (counts are then a floor). */
  complete: boolean;
  loadedAt: Date;
}

// Per process, like the gateway's token cache: a stateless instance only loses a minute of reuse.
const cache = processWide("console-bundles", () =>
  createTtlCache<AccountBundles>({ ttlMs: CONSOLE_CACHE_TTL_MS }),
);

export function getAccountBundles(subaccountSid: string): Promise<AccountBundles> {
  return cache.get(subaccountSid, () => loadAccountBundles(subaccountSid));
}

/** The console's Refresh: the next read goes to Twilio again. */
export function forgetAccountBundles(): void {
  cache.clear();
}

async function loadAccountBundles(subaccountSid: string): Promise<AccountBundles> {
  const bundles: BundleBrief[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const page = await listBundles(subaccountSid, { pageSize: PAGE_SIZE, cursor });
    for (const b of page.items)
      bundles.push({ sid: normalizeSid(b.sid), status: b.status, validUntil: b.validUntil });
    cursor = page.nextPageUrl;
    pages++;
  } while (cursor && pages < MAX_PAGES);
  return {
    bundles,
    sids: new Set(bundles.map((b) => b.sid)),
    complete: !cursor,
    loadedAt: new Date(),
  };
}
