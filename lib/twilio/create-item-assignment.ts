import { toItemAssignment } from "./convert";
import { GatewayError } from "./errors";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { ItemAssignment } from "@/lib/domain/types";

/** Assigns an End-User (IT…) or Supporting Document (RD…) of the same account to a draft Bundle. */
export async function createItemAssignment(
  accountSid: string,
  bundleSid: string,
  objectSid: string,
): Promise<ItemAssignment> {
  assertSid(bundleSid, "BU", "bundle");
  const prefix = objectSid.slice(0, 2).toUpperCase();
  if (prefix !== "IT" && prefix !== "RD") {
    throw new GatewayError({
      code: "invalid_request:item_assignment",
      userMessage: "That item could not be added to this bundle.",
      retryable: false,
      visibility: "log",
      message: `Only End-User and Supporting Document SIDs can be assigned, got ${JSON.stringify(objectSid)}`,
    });
  }
  assertSid(objectSid, prefix, prefix === "IT" ? "end_user" : "supporting_document");
  const rc = await regulatoryCompliance(accountSid);
  const assignment = await withWrite(
    () => rc.bundles(bundleSid).itemAssignments.create({ objectSid }),
    "item_assignment",
  );
  return toItemAssignment(assignment);
}
