import { getParentClient } from "./clients";
import { toPhoneNumber } from "./convert";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { PhoneNumber } from "@/lib/domain/types";

/**
 * The subaccount's numbers (v2010 lets the parent read its subaccounts' resources). Only the
 * fields the portal shows are returned; `bundleSid` filters client-side (v2010 has no such filter).
 */
export async function listPhoneNumbers(
  accountSid: string,
  options: { bundleSid?: string; limit?: number } = {},
): Promise<PhoneNumber[]> {
  assertSid(accountSid, "AC", "account");
  if (options.bundleSid) assertSid(options.bundleSid, "BU", "bundle");
  const parent = getParentClient();
  const numbers = await withReadRetry(
    () =>
      parent.api.v2010
        .accounts(accountSid)
        .incomingPhoneNumbers.list({ pageSize: 1000, limit: options.limit ?? 5000 }),
    { surface: "phone_number" },
  );
  const converted = numbers.map(toPhoneNumber);
  return options.bundleSid ? converted.filter((n) => n.bundleSid === options.bundleSid) : converted;
}
