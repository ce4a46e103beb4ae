import { toItemAssignment } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { ItemAssignment } from "@/lib/domain/types";

/** A Bundle holds a handful of items; all pages are read. */
export async function listItemAssignments(
  accountSid: string,
  bundleSid: string,
): Promise<ItemAssignment[]> {
  assertSid(bundleSid, "BU", "bundle");
  const rc = await regulatoryCompliance(accountSid);
  const items = await withReadRetry(
    () => rc.bundles(bundleSid).itemAssignments.list({ pageSize: 100, limit: 500 }),
    {
      surface: "bundle",
    },
  );
  return items.map(toItemAssignment);
}
