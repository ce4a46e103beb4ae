/**
 * The attributes to send for an item. Twilio replaces the whole `attributes` object on update,
 * so the result starts from the current one: keys the form does not own are kept, the group's
 * fields are overwritten, and emptied values are dropped (an empty optional field is left out
 * rather than sent as ""). Keys the browser adds beyond the group's fields are ignored.
 */
import type { Attributes } from "@/lib/domain/types";
import { isCreateDocument } from "./group-kind";
import type { FieldDescriptor, FormGroup } from "./types";

/** The fields a submission may set: for a new document, those of the chosen type. */
export function submittedFields(
  group: FormGroup,
  submitted: Record<string, unknown>,
): FieldDescriptor[] {
  if (!isCreateDocument(group)) return group.fields;
  const chosen = group.documentTypes.find((t) => t.type === submitted.type);
  return chosen?.fields ?? group.fields;
}

function normalise(value: unknown, list: boolean): string | string[] | undefined {
  if (value === undefined) return undefined;
  if (list) {
    const items = (Array.isArray(value) ? value : [value])
      .map((v) => (typeof v === "string" ? v.trim() : ""))
      .filter((v) => v !== "");
    return [...new Set(items)];
  }
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return "";
}

export function mergeAttributes(
  current: Attributes,
  submitted: Record<string, unknown>,
  group: FormGroup,
): Attributes {
  const next: Attributes = { ...current };
  for (const field of submittedFields(group, submitted)) {
    const value = normalise(submitted[field.name], field.kind === "address");
    if (value === undefined) continue; // not submitted: keep what is there
    const empty = Array.isArray(value) ? value.length === 0 : value === "";
    if (empty) delete next[field.name];
    else next[field.name] = value;
  }
  return next;
}
