import { toEndUser } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { Attributes, EndUser } from "@/lib/domain/types";

/** `attributes` replaces the whole object: pass every field, not just the changed ones. */
export async function updateEndUser(
  accountSid: string,
  endUserSid: string,
  input: { friendlyName?: string; attributes?: Attributes },
): Promise<EndUser> {
  assertSid(endUserSid, "IT", "end_user");
  const rc = await regulatoryCompliance(accountSid);
  const endUser = await withWrite(() => rc.endUsers(endUserSid).update(input), "end_user");
  return toEndUser(endUser);
}
