/**
 * The new-address fieldset's schema: the one the server re-checks when the section's save carries
 * the address (lib/requirements/new-address.ts). Its inputs are in new-address-lines.ts, apart
 * from zod, which the browser loads only on first use.
 */
export {
  newAddressSchema,
  type NewAddressOutput,
  type NewAddressValues,
} from "@/lib/requirements/new-address";

export { ADDRESS_LINES, EMPTY_ADDRESS, type AddressLineSpec } from "./new-address-lines";
