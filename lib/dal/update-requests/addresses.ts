import "server-only";
import type { AccountContext } from "@/lib/auth/context";
import { addCachedAddress } from "@/lib/dal/addresses";
import { recordAudit } from "@/lib/audit/record";
import { addressLabel, addressOptions, type AddressOption } from "@/lib/requirements";
import { createAddress, type CreateAddressInput } from "@/lib/twilio";
import { requireOpenRequest } from "./authorize";

/** A new Address in the caller's own subaccount, offered for an update's `address_sids` fields. */
export async function createUpdateAddress(
  ctx: AccountContext,
  originalSid: string,
  input: CreateAddressInput,
): Promise<AddressOption> {
  await requireOpenRequest(ctx, originalSid);
  const address = await createAddress(ctx.account.subaccountSid, {
    ...input,
    friendlyName: input.friendlyName ?? input.customerName,
  });
  await recordAudit(ctx, {
    action: "address.created",
    targetSid: address.sid,
    // The address as one line, so Activity names it without asking Twilio.
    details: { originalSid, address: addressLabel(address) },
  });
  addCachedAddress(ctx.account.subaccountSid, address); // the next form lists it
  const [option] = addressOptions([address]);
  return option!;
}
