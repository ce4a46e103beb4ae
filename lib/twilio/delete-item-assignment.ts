import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";

/** Removes the assignment (BV…) only; the End-User or document itself remains. */
export async function deleteItemAssignment(
  accountSid: string,
  bundleSid: string,
  assignmentSid: string,
): Promise<void> {
  assertSid(bundleSid, "BU", "bundle");
  assertSid(assignmentSid, "BV", "item_assignment");
  const rc = await regulatoryCompliance(accountSid);
  await withWrite(
    () => rc.bundles(bundleSid).itemAssignments(assignmentSid).remove(),
    "item_assignment",
  );
}
