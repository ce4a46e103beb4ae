/**
 * The open update requests behind worklist rows, in one query. Free of `server-only` (it takes
 * the database as an argument) so the benchmark runs the same query as the page; callers scope it
 * by the acting account (worklist.ts).
 */
import { and, eq, inArray, notInArray, or } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { updateRequests } from "@/lib/db/schema";
import { phaseSchema, type Phase } from "@/lib/workflow";

export interface OpenUpdateRequest {
  phase: Phase;
  updatedAt: Date;
}

export interface OpenUpdateRequests {
  /** By original Bundle SID. */
  byOriginal: Map<string, OpenUpdateRequest>;
  /** Working copies of open requests: copy SID → original SID. */
  copies: Map<string, string>;
  /** False when an account-wide read stopped at its limit: ask again for the SIDs on the page. */
  complete: boolean;
}

/** An account-wide read returns at most this many open requests. */
export const ACCOUNT_WIDE_LIMIT = 1_000;

const CLOSED: Phase[] = ["done", "cancelled"];

/**
 * The account's open requests that touch the given Bundles (as original or working copy), or,
 * with `sids` null, all of them up to ACCOUNT_WIDE_LIMIT: that read needs no Twilio answer first,
 * so the worklist runs it alongside its Twilio calls instead of after them.
 */
export async function queryOpenUpdateRequests(
  db: Database,
  accountId: string,
  sids: string[] | null,
): Promise<OpenUpdateRequests> {
  const result: OpenUpdateRequests = { byOriginal: new Map(), copies: new Map(), complete: true };
  const distinct = sids && [...new Set(sids)];
  if (distinct && distinct.length === 0) return result;
  const query = db
    .select({
      originalSid: updateRequests.originalSid,
      copySid: updateRequests.copySid,
      phase: updateRequests.phase,
      updatedAt: updateRequests.updatedAt,
    })
    .from(updateRequests)
    .where(
      and(
        eq(updateRequests.accountId, accountId),
        notInArray(updateRequests.phase, CLOSED),
        distinct
          ? or(
              inArray(updateRequests.originalSid, distinct),
              inArray(updateRequests.copySid, distinct),
            )
          : undefined,
      ),
    );
  const rows = distinct ? await query : await query.limit(ACCOUNT_WIDE_LIMIT + 1);
  if (!distinct && rows.length > ACCOUNT_WIDE_LIMIT) {
    rows.length = ACCOUNT_WIDE_LIMIT;
    result.complete = false;
  }
  for (const row of rows) {
    const phase = phaseSchema.safeParse(row.phase);
    if (!phase.success) {
      console.warn("[worklist] update request with an unknown phase", row.originalSid, row.phase);
      continue;
    }
    result.byOriginal.set(row.originalSid, { phase: phase.data, updatedAt: row.updatedAt });
    if (row.copySid) result.copies.set(row.copySid, row.originalSid);
  }
  return result;
}
