import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { getDb } from "@/lib/db";
import {
  queryOpenUpdateRequests,
  type OpenUpdateRequest,
  type OpenUpdateRequests,
} from "./worklist-progress-query";

export type { OpenUpdateRequest, OpenUpdateRequests };

/**
 * The acting account's open update requests (phase not done/cancelled) for the given Bundles,
 * matched as originals or as working copies. Scoped by account: another account's SIDs answer
 * nothing.
 */
export async function worklistProgress(
  ctx: AccountContext,
  sids: string[],
): Promise<OpenUpdateRequests> {
  return queryOpenUpdateRequests(await getDb(), ctx.account.id, sids);
}

/** The open update request of each given original Bundle of the acting account. */
export async function openUpdateRequests(
  ctx: AccountContext,
  originalSids: string[],
): Promise<Map<string, OpenUpdateRequest>> {
  const { byOriginal } = await worklistProgress(ctx, originalSids);
  const wanted = new Set(originalSids);
  return new Map([...byOriginal].filter(([sid]) => wanted.has(sid)));
}
