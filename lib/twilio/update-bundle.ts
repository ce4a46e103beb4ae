import { toBundle } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { Bundle } from "@/lib/domain/types";

/**
 * Either a status change (the customer can only submit: `pending-review`) or property changes:
 * Twilio refuses both in one request (22204), so the type keeps them apart.
 */
export type BundleUpdate =
  | { status: "pending-review" }
  | { status?: never; friendlyName?: string; email?: string; statusCallback?: string };

export async function updateBundle(
  accountSid: string,
  bundleSid: string,
  update: BundleUpdate,
): Promise<Bundle> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const params =
    update.status !== undefined
      ? { status: update.status }
      : {
          friendlyName: update.friendlyName,
          email: update.email,
          statusCallback: update.statusCallback,
        };
  const bundle = await withWrite(() => rc.bundles(bundleSid).update(params), "bundle");
  return toBundle(bundle);
}
