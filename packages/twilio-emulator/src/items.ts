import type { Store } from "./store";
import type { EndUser, SupportingDocument } from "./types";

/** The End-Users and Supporting Documents assigned to a bundle. */
export function assignedItems(
  store: Store,
  bundleSid: string,
): { endUsers: EndUser[]; documents: SupportingDocument[] } {
  const endUsers: EndUser[] = [];
  const documents: SupportingDocument[] = [];
  for (const a of store.itemAssignments.by(bundleSid)) {
    if (a.object_sid.startsWith("IT")) {
      const e = store.endUsers.get(a.object_sid);
      if (e) endUsers.push(e);
    } else if (a.object_sid.startsWith("RD")) {
      const d = store.supportingDocuments.get(a.object_sid);
      if (d) documents.push(d);
    }
  }
  return { endUsers, documents };
}

/** Whether an item is assigned to any bundle (deletes of assigned items are refused). */
export function isAssigned(store: Store, objectSid: string): boolean {
  return store.bundles
    .all()
    .some((b) => store.itemAssignments.by(b.sid).some((a) => a.object_sid === objectSid));
}
