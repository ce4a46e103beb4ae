import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { syncRequest } from "./progress";
import { findLatestRequest } from "./store";

/**
 * How often a polled request is checked with Twilio. Status callbacks move the stored request as
 * soon as Twilio reports; this only covers a callback that never arrives. When it was last
 * checked is on the row, so every instance (and every open tab) shares one rhythm.
 */
const TWILIO_CHECK_MS = 30_000;

/** Where the caller's update of one Bundle stands (for polling). */
export async function getUpdateStatus(ctx: AccountContext, originalSid: string) {
  const latest = await findLatestRequest(ctx.account.id, originalSid);
  if (!latest) return { phase: "none" };
  if (latest.phase === "done" || latest.phase === "cancelled") return { phase: latest.phase };
  const checked = Math.max(latest.reconciledAt?.getTime() ?? 0, latest.updatedAt.getTime());
  if (Date.now() - checked < TWILIO_CHECK_MS)
    return { phase: latest.phase, failure: latest.lastFailure ? true : undefined };
  const { state } = await syncRequest(ctx.account.subaccountSid, latest, "read");
  return { phase: state.phase };
}
