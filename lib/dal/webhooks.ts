import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { processWide } from "@/lib/cache/process-wide";
import { createTtlCache } from "@/lib/cache/ttl-cache";
import { getDb } from "@/lib/db";
import { accounts, webhookReceipts } from "@/lib/db/schema";

/**
 * Who may sign a webhook: only a subaccount the portal has an account for. Resolved from our own
 * table, so a callback naming any other AC… costs no Twilio request (issue 10: 50 random SIDs
 * made 50 FetchAccount calls). Answers are cached for a minute, misses included, so a flood of
 * unknown SIDs does not reach the database either; a newly linked account is seen within that.
 */
const known = processWide("webhook-accounts", () =>
  createTtlCache<{ id: string; subaccountSid: string } | null>({
    ttlMs: 60_000,
    maxEntries: 20_000,
  }),
);

export function findSigningAccount(subaccountSid: string) {
  return known.get(subaccountSid, async () => {
    const db = await getDb();
    const [row] = await db
      .select({ id: accounts.id, subaccountSid: accounts.twilioSubaccountSid })
      .from(accounts)
      .where(eq(accounts.twilioSubaccountSid, subaccountSid));
    return row ?? null;
  });
}

/**
 * A receipt's key is the signed content itself (signature, method, URL and body), not Twilio's
 * I-Twilio-Idempotency-Token: that header is not signed, so a replay may drop or change it.
 * A redelivery of the same callback has the same key.
 */
export function receiptKey(signature: string, method: string, url: string, body: string) {
  return createHash("sha256").update([signature, method, url, body].join("\n")).digest("hex");
}

export async function seenReceipt(key: string): Promise<boolean> {
  const db = await getDb();
  const rows = await db
    .select({ token: webhookReceipts.token })
    .from(webhookReceipts)
    .where(eq(webhookReceipts.token, key));
  return rows.length > 0;
}

/** Remembers an applied webhook; a concurrent duplicate is harmless (the workflow ignores it). */
export async function noteReceipt(key: string): Promise<void> {
  const db = await getDb();
  await db.insert(webhookReceipts).values({ token: key }).onConflictDoNothing();
}
