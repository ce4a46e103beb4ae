import { toBundle } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { Bundle } from "@/lib/domain/types";

/**
 * The copies made of a Bundle (`GET Bundles/{sid}/Copies`). The update flow reads it before it
 * creates a copy, so one made just before a crash is adopted instead of duplicated.
 */
export async function listBundleCopies(accountSid: string, bundleSid: string): Promise<Bundle[]> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const copies = await withReadRetry(() => rc.bundles(bundleSid).bundleCopies.list({ limit: 50 }), {
    surface: "bundle",
  });
  return copies.map(toBundle);
}
