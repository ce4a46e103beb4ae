/**
 * The wizard's zod resolvers, in a module of their own so that zod and the schemas load only
 * through `deferredResolver` (a dynamic import), never with the page.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { FormGroup, GroupValues } from "@/lib/requirements";
import { schemaForGroup } from "@/lib/requirements/schema";
import { newAddressSchema } from "./new-address-schema";

export function groupResolver(group: FormGroup) {
  return zodResolver(schemaForGroup(group) as z.ZodType<GroupValues, GroupValues>);
}

export function newAddressResolver() {
  return zodResolver(newAddressSchema);
}
