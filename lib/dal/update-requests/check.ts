import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { canEdit } from "@/lib/workflow";
import { userStep } from "./spine";

/** Step 3 ("check again"): evaluates the copy on the customer's request. Changes no data. */
export function checkUpdate(ctx: AccountContext, originalSid: string) {
  return userStep(ctx, originalSid, {
    name: "check",
    freshness: "kept",
    guard: canEdit,
    async act(run) {
      const evaluation = await run.evaluate();
      return { compliant: evaluation.status === "compliant" };
    },
  });
}
