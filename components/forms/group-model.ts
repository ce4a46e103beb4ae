/**
 * What a form group renders, decided from its descriptor alone: the initial values, the fields
 * of the chosen document type, and whether a file is asked for. Pure, so it is unit-tested here
 * and the components stay declarative.
 */
import type { FieldDescriptor, FormGroup, GroupValues } from "@/lib/requirements";
import { isCreateDocument } from "@/lib/requirements/group-kind";

/**
 * An address field is a single select: it starts on the first saved address the item already
 * uses, or on "" (choose one) when the item points at an address the account does not have.
 */
function addressDefault(value: string | string[], known: ReadonlySet<string>): string {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.find((sid) => known.has(sid)) ?? "";
}

function fieldDefault(field: FieldDescriptor, known: ReadonlySet<string>): string {
  if (field.kind === "address") return addressDefault(field.value, known);
  return Array.isArray(field.value) ? (field.value[0] ?? "") : field.value;
}

/**
 * react-hook-form's defaultValues. A new document also starts on its first accepted type and
 * holds the fields of every type (a name shared by two types keeps one value across a switch).
 */
export function defaultValues(group: FormGroup, knownAddresses: ReadonlySet<string>): GroupValues {
  const values: GroupValues = {};
  const fields = isCreateDocument(group)
    ? [...group.documentTypes.flatMap((t) => t.fields), ...group.fields]
    : group.fields;
  for (const field of fields)
    if (!(field.name in values)) values[field.name] = fieldDefault(field, knownAddresses);
  if (isCreateDocument(group)) values.type = group.documentTypes[0]?.type ?? "";
  return values;
}
