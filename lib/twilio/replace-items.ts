import { toBundle } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { Bundle } from "@/lib/domain/types";

/**
 * Moves the approved copy's items onto the original (`POST Bundles/{original}/ReplaceItems`);
 * the original keeps its numbers and loses its `valid_until`. The response's status is not
 * reliable (Twilio's own example says draft): fetch the original afterwards to confirm.
 */
export async function replaceItems(
  accountSid: string,
  originalBundleSid: string,
  copyBundleSid: string,
): Promise<Bundle> {
  assertSid(originalBundleSid, "BU", "bundle");
  assertSid(copyBundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const result = await withWrite(
    () => rc.bundles(originalBundleSid).replaceItems.create({ fromBundleSid: copyBundleSid }),
    "bundle",
  );
  return toBundle(result);
}
