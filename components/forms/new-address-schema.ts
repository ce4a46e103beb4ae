/**
 * The new-address fieldset's schema: the one the server re-checks when the section's save carries
 * the address. Its inputs are in new-address-lines.ts, apart from zod, which the browser loads
 * only on first use. Its messages are keys of the "Input" catalog (lib/i18n/keyed.ts), put into
 * words by the resolver (./schema-resolvers.ts) and by the save (save-group.ts).
 */
import type { z } from "zod";
import { newAddressFields } from "@/lib/actions/schemas/update";

export const newAddressSchema = newAddressFields;
export type NewAddressValues = z.input<typeof newAddressSchema>;
export type NewAddressOutput = z.output<typeof newAddressSchema>;

export { ADDRESS_LINES, EMPTY_ADDRESS, type AddressLineSpec } from "./new-address-lines";
