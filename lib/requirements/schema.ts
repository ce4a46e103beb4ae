/**
 * zod schemas generated from a form group. The same function serves the browser (zodResolver)
 * and the server, which rebuilds the group from Twilio's data and adds its own rule: addresses
 * must belong to the caller's account (`addressSids`). A schema is never taken from the browser.
 * Its messages are in the customer's language: `t` is the "Validation" catalog's translator
 * (useTranslations in the browser, getTranslations / translatorFor on the server).
 */
import { z } from "zod";
import {
  ADDRESS_SID,
  checksFor,
  lowerLabel,
  maxLengthOf,
  type FieldContext,
  requiredMessage,
  type ValidationT,
} from "./field-checks";
import { isCreateDocument } from "./group-kind";
import { NEW_ADDRESS } from "./text";
import type { FieldDescriptor, FormGroup } from "./types";

export { isCreateDocument, type ValidationT };

export interface SchemaOptions {
  /** The caller's Address SIDs: every submitted address must be one of them (server-side). */
  addressSids?: ReadonlySet<string>;
}

export type GroupValues = Record<string, string | string[] | undefined>;
type Shape = Record<string, z.ZodType>;

/** A select gives one string, a multi-select a list; both (and "" for none) become a list. */
function toList(value: unknown): unknown {
  if (value === undefined || value === null || value === "") return [];
  if (typeof value === "string") return [value];
  return value;
}

function addressSchema(field: FieldDescriptor, t: ValidationT, opts: SchemaOptions): z.ZodType {
  if (field.locked) {
    // The one value it may have is the one it has (the server's rule; the form shows it only).
    const kept = Array.isArray(field.value) ? field.value : [field.value];
    const same = (v: unknown) =>
      Array.isArray(v) && JSON.stringify([...v].sort()) === JSON.stringify([...kept].sort());
    return z.preprocess(toList, z.array(z.string()).refine(same, { message: field.locked }));
  }
  const fromList = t("address.fromList");
  let list = z.array(
    z
      .string({ error: fromList })
      .trim()
      .refine(
        // In the browser, the address being added with this section (created only on save);
        // the server always knows the account's addresses, so it accepts SIDs only.
        (v) => ADDRESS_SID.test(v) || (!opts.addressSids && v === NEW_ADDRESS),
        fromList,
      )
      .refine((sid) => !opts.addressSids || opts.addressSids.has(sid), {
        message: t("address.saved"),
      }),
    { error: fromList },
  );
  if (field.required) list = list.min(1, requiredMessage(field, "supporting_document", t));
  return z.preprocess(toList, list);
}

function enumSchema(field: FieldDescriptor, options: string[], t: ValidationT): z.ZodType {
  const message = t("chooseOneOf", { options: options.join(", ") });
  const values = field.required ? options : [...options, ""];
  const schema = z.enum(values as [string, ...string[]], { error: message });
  return field.required ? schema : schema.optional();
}

function textSchema(field: FieldDescriptor, context: FieldContext, t: ValidationT): z.ZodType {
  const missing = requiredMessage(field, context, t);
  const max = maxLengthOf(field);
  let schema = z
    .string({ error: missing })
    .trim()
    .max(max, t("maxLength", { field: lowerLabel(field.label), max: String(max) }));
  if (field.required) schema = schema.min(1, missing);
  for (const check of checksFor(field, t))
    schema = schema.refine((v) => v === "" || check.test(v), {
      message: check.message,
      abort: true,
    });
  return field.required ? schema : schema.optional();
}

export function fieldSchema(
  field: FieldDescriptor,
  context: FieldContext,
  t: ValidationT,
  opts: SchemaOptions = {},
): z.ZodType {
  if (field.kind === "address") return addressSchema(field, t, opts);
  if (field.kind === "enum" && field.options?.length) return enumSchema(field, field.options, t);
  return textSchema(field, context, t);
}

export function fieldsSchema(
  fields: readonly FieldDescriptor[],
  context: FieldContext,
  t: ValidationT,
  opts: SchemaOptions = {},
) {
  const shape: Shape = {};
  for (const f of fields) shape[f.name] = fieldSchema(f, context, t, opts);
  return z.object(shape);
}

/** For a new document: which accepted type is being added. */
export function documentTypeSchema(group: FormGroup, t: ValidationT) {
  const types = group.documentTypes.map((d) => d.type);
  const message = t("documentType.choose", {
    types: group.documentTypes.map((d) => d.name).join(", "),
  });
  if (types.length === 0) return z.object({ type: z.never({ error: t("documentType.none") }) });
  return z.object({ type: z.enum(types as [string, ...string[]], { error: message }) });
}

/**
 * The group's schema. For a new document it is a union on `type`: each accepted type brings its
 * own fields, so the form can switch types without a new resolver.
 */
export function schemaForGroup(
  group: FormGroup,
  t: ValidationT,
  opts: SchemaOptions = {},
): z.ZodType<GroupValues> {
  if (!isCreateDocument(group))
    return fieldsSchema(group.fields, group.kind, t, opts) as z.ZodType<GroupValues>;
  const [first, ...rest] = group.documentTypes.map((d) =>
    fieldsSchema(d.fields, group.kind, t, opts).extend({ type: z.literal(d.type) }),
  );
  if (!first) return documentTypeSchema(group, t) as z.ZodType<GroupValues>;
  return z.discriminatedUnion("type", [first, ...rest]) as z.ZodType<GroupValues>;
}

export type GroupSubmission =
  { ok: true; data: GroupValues } | { ok: false; fieldErrors: Record<string, string[]> };

function failure(error: z.ZodError): GroupSubmission {
  const { fieldErrors, formErrors } = z.flattenError(error);
  const out: Record<string, string[]> = {};
  for (const [key, messages] of Object.entries(fieldErrors))
    if (Array.isArray(messages) && messages.length > 0) out[key] = messages as string[];
  if (formErrors.length > 0) out._form = formErrors;
  return { ok: false, fieldErrors: out };
}

export function parseGroupSubmission(
  group: FormGroup,
  raw: unknown,
  t: ValidationT,
  opts: SchemaOptions = {},
): GroupSubmission {
  if (isCreateDocument(group)) {
    // Check the type first so a bad one reads "choose a document", not a union error.
    const typed = documentTypeSchema(group, t).safeParse(raw);
    if (!typed.success) return failure(typed.error);
  }
  const parsed = schemaForGroup(group, t, opts).safeParse(raw);
  return parsed.success ? { ok: true, data: parsed.data } : failure(parsed.error);
}
