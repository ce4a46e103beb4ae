import { toEndUser } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withWrite } from "./retry";
import type { Attributes, EndUser, EndUserType } from "@/lib/domain/types";

/** `attributes` are keyed by the regulation's field machine names; the SDK sends them as JSON. */
export async function createEndUser(
  accountSid: string,
  input: { friendlyName: string; type: EndUserType; attributes: Attributes },
): Promise<EndUser> {
  const rc = await regulatoryCompliance(accountSid);
  const endUser = await withWrite(() => rc.endUsers.create(input), "end_user");
  return toEndUser(endUser);
}
