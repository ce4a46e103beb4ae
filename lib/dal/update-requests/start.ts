import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { createBundleCopy, updateBundle } from "@/lib/twilio";
import { canCreateCopy, canEdit, needsUpdate } from "@/lib/workflow";
import { requireOriginal } from "./authorize";
import { rememberBaseline } from "./baseline";
import { readsCountFrom } from "./recent-original";
import { evaluateCopy } from "./evaluate";
import { cachedItems } from "./item-cache";
import { rememberSnapshot } from "./recent-snapshot";
import { acquireLease, findLatestRequest, openRequest, releaseLease } from "./store";
import { record, syncRequest } from "./sync";
import { itemsVersion, toSnapshot } from "./twilio-reads";

export const statusCallbackUrl = () =>
  new URL("/api/twilio/status-callback", env.PUBLIC_BASE_URL).href;

/**
 * Step 1: opens the update request and makes its copy, or returns the one in progress. Two
 * clicks, tabs or retries meet at the same row (unique index); only the holder of its lease
 * calls Twilio, and a copy made just before a crash is adopted (syncRequest), never duplicated.
 */
export async function startUpdate(ctx: AccountContext, originalSid: string) {
  // The page that offers Start has just read the original; Twilio refuses a copy (22223) if it
  // stopped being eligible meanwhile. A read from before an earlier request's end does not count.
  const earlier = await findLatestRequest(ctx.account.id, originalSid);
  const original = await requireOriginal(ctx, originalSid, {
    recent: { notBefore: readsCountFrom(earlier) },
  });
  if (!needsUpdate(original))
    throw new AppError(
      "conflict:update_request",
      "This Bundle has no update deadline, so there is nothing to update.",
    );
  const { row: opened, created } = await openRequest({
    accountId: ctx.account.id,
    originalSid,
    userId: ctx.user.id,
  });
  if (opened.copySid) return { row: opened, created: false };
  if (!(await acquireLease(opened.id))) return { row: opened, created: false };
  const sub = ctx.account.subaccountSid;
  try {
    // Just read (and authorized) above: no need to read the original again.
    let { row, state } = await syncRequest(sub, opened, { original });
    let madeHere = false;
    if (!row.copySid) {
      const guard = canCreateCopy(state);
      if (!guard.ok) throw new AppError(guard.code, guard.message);
      const copy = await createBundleCopy(sub, originalSid);
      madeHere = true;
      ({ row, state } = await record(
        row,
        { type: "copy_created", copySid: copy.sid },
        ctx.user.id,
        {
          copySid: copy.sid,
        },
      ));
    }
    if (!row.copySid) throw new Error("copy not recorded");
    // An adopted copy may be under review (nothing to set or check) or rejected: then the
    // customer reads the reviewer's reasons first, and the copy is checked after their change.
    if (canEdit(state).ok) {
      // Twilio reports the copy's review through this URL; a copy inherits the original's.
      const copy = await updateBundle(sub, row.copySid, { statusCallback: statusCallbackUrl() });
      if (state.phase !== "rejected") ({ row } = await evaluateCopy(sub, row, ctx.user.id));
      // The page that follows shows the copy's form: read its items once, here, and hand the
      // render what this step knows (see recent-snapshot.ts).
      const items = await cachedItems(sub, copy, itemsVersion(row));
      if (madeHere) rememberBaseline(row.id, items);
      rememberSnapshot(row, toSnapshot(original, { ...items, itemsRead: true }));
    }
    return { row, created };
  } finally {
    await releaseLease(opened.id);
  }
}
