import { toBundle } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { Bundle } from "@/lib/domain/types";

/**
 * A `draft` copy of an approved Bundle with a `valid_until`, with copies of all its items; the
 * original stays approved meanwhile. Never retried: a repeated POST makes a second copy.
 */
export async function createBundleCopy(
  accountSid: string,
  bundleSid: string,
  options: { friendlyName?: string } = {},
): Promise<Bundle> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const copy = await withWrite(
    () =>
      rc
        .bundles(bundleSid)
        .bundleCopies.create(options.friendlyName ? { friendlyName: options.friendlyName } : {}),
    "bundle",
  );
  return toBundle(copy);
}
