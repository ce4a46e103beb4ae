/**
 * DOM ids for the generated forms. Group ids carry colons (`end_user:IT…`) and field names come
 * from Twilio, so ids are sanitized: letters, digits, `_` and `-` only, safe in CSS selectors and
 * URL fragments. Every id on a page derives from the group id, so two groups never collide.
 */
export function sanitizeId(raw: string): string {
  const id = raw.replace(/[^A-Za-z0-9_-]/g, "-");
  return /^[A-Za-z]/.test(id) ? id : `f-${id}`;
}

/** `${group.id}-${field.name}`, sanitized: the id of the field's input. */
export function fieldId(groupId: string, fieldName: string): string {
  return sanitizeId(`${groupId}-${fieldName}`);
}

/** The ids of the texts around an input, for aria-describedby. */
export function partIds(inputId: string) {
  return {
    hint: `${inputId}-hint`,
    guidance: `${inputId}-guidance`,
    mismatch: `${inputId}-mismatch`,
    error: `${inputId}-error`,
  };
}

/** aria-describedby from the parts that are shown; undefined when none is. */
export function describedBy(...ids: Array<string | false | null | undefined>): string | undefined {
  const shown = ids.filter((id): id is string => typeof id === "string" && id !== "");
  return shown.length > 0 ? shown.join(" ") : undefined;
}
