/** The resolver of one generated section: its schema (lib/requirements) loads on first use. */
import type { FormGroup, GroupValues } from "@/lib/requirements";
import { deferredResolver } from "./deferred-resolver";
import { OFFLINE } from "./use-group-save";

export function groupResolver(group: FormGroup) {
  return deferredResolver<GroupValues>(
    () => import("./schema-resolvers").then((m) => m.groupResolver(group)),
    OFFLINE,
  );
}
