/**
 * The wizard's zod resolvers, in a module of their own so that zod and the schemas load only
 * through `deferredResolver` (a dynamic import), never with the page. The messages are in the
 * customer's language, as the server's: the generated schemas take the "Validation" translator,
 * the new address's shared schema has "Input" keys (lib/i18n/keyed.ts), put into words here.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";
import type { z } from "zod";
import { translateKeyed, type KeyTranslator } from "@/lib/i18n/keyed";
import type { FormGroup, GroupValues } from "@/lib/requirements";
import type { ValidationT } from "@/lib/requirements/field-checks";
import { schemaForGroup } from "@/lib/requirements/schema";
import { newAddressSchema } from "./new-address-schema";

export function groupResolver(group: FormGroup, t: ValidationT) {
  return zodResolver(schemaForGroup(group, t) as z.ZodType<GroupValues, GroupValues>);
}

/** Each error's message through `translateKeyed` (nested lists included). */
function inWords(t: KeyTranslator, errors: unknown): unknown {
  if (!errors || typeof errors !== "object") return errors;
  if (Array.isArray(errors)) return errors.map((e) => inWords(t, e));
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(errors))
    out[key] =
      key === "message" && typeof value === "string"
        ? translateKeyed(t, value)
        : key === "ref"
          ? value
          : inWords(t, value);
  return out;
}

function translated<V extends FieldValues, O>(
  resolver: Resolver<V, unknown, O>,
  t: KeyTranslator,
): Resolver<V, unknown, O> {
  return async (...args) => {
    const result = await resolver(...args);
    return { ...result, errors: inWords(t, result.errors) as FieldErrors<V> } as typeof result;
  };
}

/** `t`: the "Input" catalog's translator. */
export function newAddressResolver(t: KeyTranslator) {
  return translated(zodResolver(newAddressSchema), t);
}
