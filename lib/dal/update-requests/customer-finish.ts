import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { recordAudit } from "@/lib/dal/audit";
import { requireOpenRequest } from "./authorize";
import { finishApproved } from "./finish";

/** Step 7 on the customer's page: resumes applying an approved update (idempotent). */
export async function finishUpdate(ctx: AccountContext, originalSid: string) {
  const opened = await requireOpenRequest(ctx, originalSid);
  const result = await finishApproved(ctx.account.subaccountSid, opened, ctx.user.id);
  if (result && result.row.phase !== opened.phase)
    await recordAudit(ctx, {
      action: "update.applied",
      targetSid: originalSid,
      details: { copySid: opened.copySid, phase: result.row.phase },
    });
  return { phase: result?.row.phase ?? opened.phase };
}
