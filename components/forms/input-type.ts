/** The HTML input type for a text-like field kind. */
import type { FieldKind } from "@/lib/requirements";
import { isRealDate } from "@/lib/requirements/text";

export type TextInputType = "text" | "email" | "url" | "tel" | "date";

const TYPES: Partial<Record<FieldKind, TextInputType>> = {
  email: "email",
  url: "url",
  phone: "tel",
};

/**
 * The schema wants dates as YYYY-MM-DD, which is exactly what `<input type="date">` submits.
 * But a date input silently empties a value it cannot read (Twilio may hold "31/01/1980"), so a
 * stored value in another format is shown as text, where the customer can see and correct it.
 */
export function inputTypeFor(kind: FieldKind, initialValue: string): TextInputType {
  if (kind === "date") return initialValue === "" || isRealDate(initialValue) ? "date" : "text";
  return TYPES[kind] ?? "text";
}

/** Browser autofill hints for the fields whose meaning is unambiguous. */
export function autoCompleteFor(kind: FieldKind): string | undefined {
  if (kind === "email") return "email";
  if (kind === "phone") return "tel";
  if (kind === "url") return "url";
  return undefined;
}
