import "server-only";
import { and, asc, eq, isNull, lt, notInArray, or } from "drizzle-orm";
import { getDb } from "@/lib/db";
import { accounts, updateRequests } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { finishLoop } from "./finish";
import { runStep } from "./spine";
import { findRequest } from "./store";

/**
 * The update request's work that needs no browser (lib/jobs): finishing an approved update and
 * reconciling a request with Twilio. Both run through the spine like every step, as the portal
 * itself (no user), and are idempotent: run twice, or after a crash, they pick up where Twilio
 * and the row say things stand.
 */
async function openWithAccount(requestId: string) {
  const row = await findRequest(requestId).catch(() => null);
  if (!row || row.phase === "done" || row.phase === "cancelled") return null;
  const db = await getDb();
  const [account] = await db
    .select({ sub: accounts.twilioSubaccountSid })
    .from(accounts)
    .where(eq(accounts.id, row.accountId));
  return account ? { row, sub: account.sub } : null;
}

/** Another step holds the request: the job is retried (with backoff) rather than dropped. */
const busy = () => new AppError("busy:update_request");

/** Applies an approved update: ReplaceItems, confirm the original, delete the copy. */
export async function finishInBackground(requestId: string): Promise<string> {
  const open = await openWithAccount(requestId);
  if (!open) return "closed";
  const outcome = await runStep({ kind: "system", subaccountSid: open.sub }, open.row, {
    name: "finish",
    freshness: open.row.phase === "approved" ? "row" : "read",
    whenBusy: "skip",
    act: finishLoop,
  });
  if (!outcome.ran) throw busy();
  return outcome.row.phase;
}

/**
 * Reads Twilio for one open request and acts on it: an approved copy is finished; a copy that
 * no longer exists (deleted in Twilio's Console, an emulator reset) closes the request truthfully,
 * so the customer can start again instead of being stuck.
 */
export async function reconcileInBackground(requestId: string): Promise<string> {
  const open = await openWithAccount(requestId);
  if (!open) return "closed";
  const outcome = await runStep({ kind: "system", subaccountSid: open.sub }, open.row, {
    name: "reconcile",
    freshness: "read",
    whenBusy: "skip",
    async act(run) {
      if (run.state.phase === "approved" || run.state.phase === "replaced") await finishLoop(run);
      else if (run.state.phase === "failed" && run.state.attention.reason === "copy_missing")
        await run.record({ type: "cancelled" }, { reason: "copy_missing" });
    },
  });
  if (!outcome.ran) throw busy();
  return outcome.row.phase;
}

/** Open requests nobody reconciled for `olderThanMs` (oldest first), for the scheduler. */
export async function requestsDueForReconcile(olderThanMs: number, limit = 200) {
  const db = await getDb();
  const before = new Date(Date.now() - olderThanMs);
  const rows = await db
    .select({ id: updateRequests.id })
    .from(updateRequests)
    .where(
      and(
        notInArray(updateRequests.phase, ["done", "cancelled"]),
        lt(updateRequests.updatedAt, before),
        or(isNull(updateRequests.reconciledAt), lt(updateRequests.reconciledAt, before)),
      ),
    )
    .orderBy(asc(updateRequests.reconciledAt))
    .limit(limit);
  return rows.map((r) => r.id);
}
