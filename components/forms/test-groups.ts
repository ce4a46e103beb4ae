/** Hand-made form groups for the unit tests (the shapes lib/requirements builds). */
import type { DocumentTypeOption, FieldDescriptor, FormGroup } from "@/lib/requirements";

export const AD1 = `AD${"0".repeat(31)}1`;
export const AD2 = `AD${"0".repeat(31)}2`;

export function field(name: string, over: Partial<FieldDescriptor> = {}): FieldDescriptor {
  return {
    name,
    label: name,
    description: "",
    kind: "text",
    required: true,
    value: "",
    failed: false,
    errorCode: null,
    guidance: null,
    ...over,
  };
}

export function docType(
  type: string,
  needsFile: boolean,
  fields: FieldDescriptor[],
): DocumentTypeOption {
  return { type, name: type, needsFile, fields };
}

export function group(over: Partial<FormGroup> = {}): FormGroup {
  return {
    id: "end_user:IT1",
    kind: "end_user",
    action: "update",
    objectSid: "IT1",
    title: "Business details",
    requirements: [],
    guidance: null,
    documentTypes: [],
    needsFile: false,
    fields: [],
    ...over,
  };
}

/** A missing document that may be a registry excerpt (with a file) or an address record. */
export function newDocumentGroup(): FormGroup {
  const excerpt = docType("excerpt", true, [
    field("business_name"),
    field("address_sids", { kind: "address", value: [] }),
  ]);
  const address = docType("address_record", false, [
    field("address_sids", { kind: "address", value: [] }),
    field("business_name", { value: "Acme" }),
  ]);
  return group({
    id: "new_document:proof",
    kind: "supporting_document",
    action: "create",
    objectSid: null,
    documentTypes: [excerpt, address],
    needsFile: true,
    fields: excerpt.fields,
  });
}
