"use client";

import { useFormState } from "react-hook-form";
import type { FieldDescriptor, GroupValues } from "@/lib/requirements";
import { AddressField } from "./address-field";
import { EnumField } from "./enum-field";
import { errorMessage } from "./form-errors";
import { fieldId } from "./ids";
import { TextField } from "./text-field";
import type { AddressProps } from "./types";

/** One generated field: picks the control for its kind and reads its validation error. */
export function FieldInput({
  groupId,
  field,
  address,
}: {
  groupId: string;
  field: FieldDescriptor;
  address: AddressProps;
}) {
  const { errors } = useFormState<GroupValues>({ name: field.name });
  const error = errorMessage(errors[field.name]);
  const id = fieldId(groupId, field.name);
  switch (field.kind) {
    case "address":
      return <AddressField id={id} field={field} error={error} {...address} />;
    case "enum":
      return field.options?.length ? (
        <EnumField id={id} field={field} error={error} />
      ) : (
        <TextField id={id} field={field} error={error} />
      );
    default:
      return <TextField id={id} field={field} error={error} />;
  }
}
