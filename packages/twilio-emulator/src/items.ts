import type { Store } from "./store";
import type { Bundle, EndUser, SupportingDocument } from "./types";

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

/** Index 1 of item assignments is the object SID. */
const BY_OBJECT = 1;

/** Whether an item is assigned to any bundle (deletes of assigned items are refused). */
export function isAssigned(store: Store, objectSid: string): boolean {
  return store.itemAssignments.count(objectSid, BY_OBJECT) > 0;
}

/** The bundles an End-User or Supporting Document is assigned to. */
export function bundlesOf(store: Store, objectSid: string): Bundle[] {
  const out: Bundle[] = [];
  for (const a of store.itemAssignments.by(objectSid, BY_OBJECT)) {
    const b = store.bundles.get(a.bundle_sid);
    if (b) out.push(b);
  }
  return out;
}
