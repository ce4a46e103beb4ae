import { fetchBundle } from "./fetch-bundle";
import { fetchEndUser } from "./fetch-end-user";
import { fetchSupportingDocument } from "./fetch-supporting-document";
import { listItemAssignments } from "./list-item-assignments";
import type { Bundle, EndUser, ItemAssignment, SupportingDocument } from "@/lib/domain/types";

export interface BundleWithItems {
  bundle: Bundle;
  assignments: ItemAssignment[];
  endUsers: EndUser[];
  supportingDocuments: SupportingDocument[];
}

/** A Bundle and everything assigned to it, items fetched concurrently. Each read retries on its own. */
export async function fetchBundleWithItems(
  accountSid: string,
  bundleSid: string,
): Promise<BundleWithItems> {
  return fetchBundleItems(accountSid, await fetchBundle(accountSid, bundleSid));
}

/** The items of a Bundle already read (saves reading it twice when its status decides). */
export async function fetchBundleItems(
  accountSid: string,
  bundle: Bundle,
): Promise<BundleWithItems> {
  const assignments = await listItemAssignments(accountSid, bundle.sid);
  const sidsOf = (kind: ItemAssignment["objectKind"]) =>
    assignments.filter((a) => a.objectKind === kind).map((a) => a.objectSid);
  const [endUsers, supportingDocuments] = await Promise.all([
    Promise.all(sidsOf("end_user").map((sid) => fetchEndUser(accountSid, sid))),
    Promise.all(
      sidsOf("supporting_document").map((sid) => fetchSupportingDocument(accountSid, sid)),
    ),
  ]);
  return { bundle, assignments, endUsers, supportingDocuments };
}
