import { getParentClient } from "./clients";
import { toAddress } from "./convert";
import { withReadRetry } from "./retry";
import { assertSid } from "./sids";
import type { Address } from "@/lib/domain/types";

/** v2010 Addresses of the subaccount (referenced by documents through `address_sids`). */
export async function listAddresses(
  accountSid: string,
  filters: { isoCountry?: string; customerName?: string; friendlyName?: string } = {},
): Promise<Address[]> {
  assertSid(accountSid, "AC", "account");
  const parent = getParentClient();
  const addresses = await withReadRetry(
    () =>
      parent.api.v2010
        .accounts(accountSid)
        .addresses.list({ ...filters, pageSize: 1000, limit: 5000 }),
    { surface: "address" },
  );
  return addresses.map(toAddress);
}
