import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { AppError } from "@/lib/errors";
import { canEdit } from "@/lib/workflow";
import { requireOpenRequest } from "./authorize";
import { evaluateCopy } from "./evaluate";
import { withLease } from "./lease";
import { rememberSnapshot } from "./recent-snapshot";
import { syncRequest } from "./sync";

/** Step 3 ("check again"): evaluates the copy on the customer's request. Changes no data. */
export async function checkUpdate(ctx: AccountContext, originalSid: string) {
  const sub = ctx.account.subaccountSid;
  const opened = await requireOpenRequest(ctx, originalSid);
  return withLease(opened.id, async () => {
    const { row, state, snapshot } = await syncRequest(sub, opened, { reuseRecent: true });
    const guard = canEdit(state);
    if (!guard.ok) throw new AppError(guard.code, guard.message);
    const { row: final, evaluation } = await evaluateCopy(sub, row, ctx.user.id);
    rememberSnapshot(final, snapshot); // a check changes no data
    return { compliant: evaluation.status === "compliant" };
  });
}
