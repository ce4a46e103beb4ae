/**
 * The wizard's zod resolvers, in a module of their own so that zod and the schemas load only
 * through `deferredResolver` (a dynamic import), never with the page. `t` (the "Validation"
 * catalog) writes the messages in the customer's language, as the server does.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { FormGroup, GroupValues } from "@/lib/requirements";
import type { ValidationT } from "@/lib/requirements/field-checks";
import { schemaForGroup } from "@/lib/requirements/schema";
import { newAddressSchema } from "./new-address-schema";

export function groupResolver(group: FormGroup, t: ValidationT) {
  return zodResolver(schemaForGroup(group, t) as z.ZodType<GroupValues, GroupValues>);
}

export function newAddressResolver(t: ValidationT) {
  return zodResolver(newAddressSchema(t));
}
