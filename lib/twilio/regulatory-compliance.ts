import { getAccountClient } from "./clients";
import { assertSid } from "./sids";

/** The numbers v2 Regulatory Compliance API, authenticated as the given (sub)account. */
export async function regulatoryCompliance(accountSid: string) {
  assertSid(accountSid, "AC", "account");
  const client = await getAccountClient(accountSid);
  return client.numbers.v2.regulatoryCompliance;
}
