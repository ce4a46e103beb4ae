/** The resolver of one generated section: its schema (lib/requirements) loads on first use. */
import type { FormGroup, GroupValues } from "@/lib/requirements";
import type { ValidationT } from "@/lib/requirements/field-checks";
import { deferredResolver } from "./deferred-resolver";

/** `offline`: the form's message when the schema cannot be fetched (see deferred-resolver.ts). */
export function groupResolver(group: FormGroup, t: ValidationT, offline: string) {
  return deferredResolver<GroupValues>(
    () => import("./schema-resolvers").then((m) => m.groupResolver(group, t)),
    offline,
  );
}
