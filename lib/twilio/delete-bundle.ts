import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";

/** Refused while under review (21647) or while numbers use it (21648): both map to conflict:bundle. */
export async function deleteBundle(accountSid: string, bundleSid: string): Promise<void> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  await withWrite(() => rc.bundles(bundleSid).remove(), "bundle");
}
