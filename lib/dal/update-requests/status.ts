import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { createMemo } from "@/lib/cache/memo";
import { findLatestRequest } from "./store";
import { syncRequest } from "./sync";

/**
 * How often a polled request is checked with Twilio. Status callbacks move the stored request as
 * soon as Twilio reports; this only covers a callback that never arrives. Per instance, in
 * memory: forgetting it costs one extra check, never a wrong answer.
 */
const TWILIO_CHECK_MS = 30_000;
const lastChecked = createMemo<number>({ ttlMs: Number.POSITIVE_INFINITY });

/** Where the caller's update of one Bundle stands (for polling). */
export async function getUpdateStatus(ctx: AccountContext, originalSid: string) {
  const latest = await findLatestRequest(ctx.account.id, originalSid);
  if (!latest) return { phase: "none" };
  if (latest.phase === "done" || latest.phase === "cancelled") return { phase: latest.phase };
  const checked = lastChecked.get(latest.id) ?? latest.updatedAt.getTime();
  if (Date.now() - checked < TWILIO_CHECK_MS) return { phase: latest.phase };
  lastChecked.set(latest.id, Date.now());
  const { state } = await syncRequest(ctx.account.subaccountSid, latest);
  return { phase: state.phase };
}
