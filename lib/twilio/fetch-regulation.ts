import { toRegulation } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { Regulation } from "@/lib/domain/types";

/**
 * Regulations change without their SID changing, so they are always fetched, never hard-coded.
 * `includeConstraints` adds each detailed field's `constraint` (needed to build forms).
 */
export async function fetchRegulation(
  accountSid: string,
  regulationSid: string,
  options: { includeConstraints?: boolean } = {},
): Promise<Regulation> {
  assertSid(regulationSid, "RN", "regulation");
  const rc = await regulatoryCompliance(accountSid);
  const regulation = await withReadRetry(
    () =>
      rc
        .regulations(regulationSid)
        .fetch({ includeConstraints: options.includeConstraints ?? true }),
    { surface: "regulation" },
  );
  return toRegulation(regulation);
}
