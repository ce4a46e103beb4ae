import { getParentClient } from "./clients";
import { toAddress } from "./convert";
import { withWrite } from "./retry";
import { assertSid } from "./sids";
import type { Address } from "@/lib/domain/types";

export interface CreateAddressInput {
  customerName: string;
  street: string;
  streetSecondary?: string;
  city: string;
  region: string;
  postalCode: string;
  isoCountry: string;
  friendlyName?: string;
  /**
   * Twilio corrects addresses by default. Off by default here: a proof-of-address document must
   * match the address exactly as the customer entered it.
   */
  autoCorrectAddress?: boolean;
}

/** A v2010 Address in the subaccount, for documents' `address_sids`. */
export async function createAddress(
  accountSid: string,
  input: CreateAddressInput,
): Promise<Address> {
  assertSid(accountSid, "AC", "account");
  const parent = getParentClient();
  const address = await withWrite(
    () =>
      parent.api.v2010
        .accounts(accountSid)
        .addresses.create({ ...input, autoCorrectAddress: input.autoCorrectAddress ?? false }),
    "address",
  );
  return toAddress(address);
}
