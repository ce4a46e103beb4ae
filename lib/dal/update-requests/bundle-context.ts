import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import type { Phase } from "@/lib/workflow";
import { findOpenRequest, findOpenRequestByCopy } from "./store";

/**
 * What a Bundle's own page needs to know about updates: the open update of this original (its
 * phase), or, for a working copy, the original it belongs to. Scoped by the caller's account.
 */
export async function updateContextOf(ctx: AccountContext, sid: string) {
  const [open, asCopy] = await Promise.all([
    findOpenRequest(ctx.account.id, sid),
    findOpenRequestByCopy(sid),
  ]);
  return {
    openPhase: (open?.phase ?? null) as Phase | null,
    copyOf: asCopy && asCopy.accountId === ctx.account.id ? asCopy.originalSid : null,
  };
}
