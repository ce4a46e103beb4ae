import { fetchBundle } from "./fetch-bundle";
import { fetchEndUser } from "./fetch-end-user";
import { fetchSupportingDocument } from "./fetch-supporting-document";
import { listItemAssignments } from "./list-item-assignments";
import type { Bundle, EndUser, ItemAssignment, SupportingDocument } from "./types";

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
  const [bundle, assignments] = await Promise.all([
    fetchBundle(accountSid, bundleSid),
    listItemAssignments(accountSid, bundleSid),
  ]);
  const endUserSids = assignments
    .filter((a) => a.objectKind === "end_user")
    .map((a) => a.objectSid);
  const documentSids = assignments
    .filter((a) => a.objectKind === "supporting_document")
    .map((a) => a.objectSid);
  const [endUsers, supportingDocuments] = await Promise.all([
    Promise.all(endUserSids.map((sid) => fetchEndUser(accountSid, sid))),
    Promise.all(documentSids.map((sid) => fetchSupportingDocument(accountSid, sid))),
  ]);
  return { bundle, assignments, endUsers, supportingDocuments };
}
