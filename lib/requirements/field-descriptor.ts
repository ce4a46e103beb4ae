/** One form field from a regulation's field definition, the item's current value and the evaluation. */
import type { Attributes, DetailedField, EvaluationFieldResult } from "@/lib/domain/types";
import { describeField, fieldLabel } from "./field-kind";
import type { Translator } from "@/lib/i18n/translator";
import { EVALUATION_CODES, guidanceParts } from "./guidance";
import type { FieldDescriptor, FieldMismatch } from "./types";

/** An attribute as the form holds it: text for scalars, a list of strings for addresses. */
export function formValue(value: unknown, list: boolean): string | string[] {
  if (list) {
    const items = Array.isArray(value) ? value : typeof value === "string" && value ? [value] : [];
    return items.filter((v): v is string => typeof v === "string" && v.trim() !== "");
  }
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

export function textOf(value: unknown): string {
  const v = formValue(value, false);
  return typeof v === "string" ? v.trim() : "";
}

export interface DescriptorContext {
  attributes: Attributes;
  failure?: EvaluationFieldResult;
  /** For document fields: the kind of document, for the advice. */
  documentName?: string;
  mismatch?: FieldMismatch;
  /** The Bundle's country: where a new address is most likely to be (its fields' order). */
  country?: string | null;
}

export function toDescriptor(
  field: DetailedField,
  ctx: DescriptorContext,
  t: Translator<"Guidance">,
): FieldDescriptor {
  const spec = describeField(field);
  const label = fieldLabel(field);
  const failed = !!ctx.failure || !!ctx.mismatch;
  const errorCode = ctx.failure?.errorCode ?? null;
  const advice = failed
    ? guidanceParts(
        {
          errorCode: errorCode ?? (ctx.mismatch ? EVALUATION_CODES.documentMismatch : null),
          fieldLabel: label,
          documentName: ctx.documentName,
          failureReason: ctx.failure?.failureReason,
          mismatch: !!ctx.mismatch,
        },
        t,
      )
    : null;
  const address = spec.kind === "address";
  const descriptor: FieldDescriptor = {
    name: field.machineName,
    label,
    // Twilio's description (English) — for an address, the portal's own hint.
    description: address ? t("addressHint") : spec.hint,
    ...(address ? { descriptionIsOurs: true } : {}),
    kind: spec.kind,
    required: spec.required,
    value: formValue(ctx.attributes[field.machineName], address),
    failed,
    errorCode,
    guidance: advice?.advice ?? null,
  };
  if (advice?.note) descriptor.guidanceNote = advice.note;
  if (address && ctx.country) descriptor.country = ctx.country.toUpperCase();
  if (spec.options) descriptor.options = spec.options;
  if (spec.pattern) descriptor.pattern = spec.pattern;
  if (spec.placeholder) descriptor.placeholder = spec.placeholder;
  if (ctx.mismatch) descriptor.mismatch = ctx.mismatch;
  return descriptor;
}
