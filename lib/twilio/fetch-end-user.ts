import { toEndUser } from "./convert";
import { regulatoryCompliance } from "./regulatory-compliance";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { EndUser } from "@/lib/domain/types";

export async function fetchEndUser(accountSid: string, endUserSid: string): Promise<EndUser> {
  assertSid(endUserSid, "IT", "end_user");
  const rc = await regulatoryCompliance(accountSid);
  const endUser = await withReadRetry(() => rc.endUsers(endUserSid).fetch(), {
    surface: "end_user",
  });
  return toEndUser(endUser);
}
