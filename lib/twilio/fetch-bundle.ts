import { toBundle } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { Bundle } from "@/lib/domain/types";

/** Another account's Bundle SID answers not_found:bundle (numbers v2 is scoped by credentials). */
export async function fetchBundle(accountSid: string, bundleSid: string): Promise<Bundle> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const bundle = await withReadRetry(() => rc.bundles(bundleSid).fetch(), { surface: "bundle" });
  return toBundle(bundle);
}
