/**
 * The new-address fieldset's schema. The server action validates `newAddressInput`; the browser
 * validates the same schema without `originalSid`, which the form adds itself. Its inputs are in
 * new-address-lines.ts, apart from zod, which the browser loads only on first use.
 */
import type { z } from "zod";
import { newAddressInput } from "@/lib/actions/schemas/update";

export const newAddressSchema = newAddressInput.omit({ originalSid: true });
export type NewAddressValues = z.input<typeof newAddressSchema>;
export type NewAddressOutput = z.output<typeof newAddressSchema>;

export { ADDRESS_LINES, EMPTY_ADDRESS, type AddressLineSpec } from "./new-address-lines";
