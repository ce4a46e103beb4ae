"use client";

import { useRef, useState, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { translateKeyed } from "@/lib/i18n/keyed";

/** What this needs of a zod schema (its safeParse), so that zod itself is not imported here. */
export interface SafeParser<Out> {
  safeParse(input: unknown):
    | { success: true; data: Out }
    | {
        success: false;
        error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> };
      };
}

export interface SchemaFormField {
  name: string;
  /** Checkboxes sharing the name: the ticked values, as a list. */
  list?: boolean;
}

type Errors = Partial<Record<string, string>>;

/**
 * A small form checked by a shared zod schema, without react-hook-form (its ~11 KB leave these
 * pages no room in issue 15's budget). It keeps react-hook-form's defaults that these forms had:
 * uncontrolled inputs read on submit, the schema's first message per field beside it, focus on
 * the first invalid field, and after a submit every change re-checks the changed field. The
 * schema (and zod) load on the form's first focus, not with the page; if it cannot be loaded,
 * `onLoadFailure` says so.
 */
export function useSchemaForm<Out>({
  load,
  fields,
  onValid,
  onLoadFailure,
}: {
  load: () => Promise<SafeParser<Out>>;
  /** In the order of the form, which is the order of focus. */
  fields: readonly SchemaFormField[];
  onValid: (values: Out) => void;
  onLoadFailure: (message: string) => void;
}) {
  const ref = useRef<HTMLFormElement>(null);
  const schema = useRef<Promise<SafeParser<Out>> | null>(null);
  const submitted = useRef(false);
  const [errors, setErrors] = useState<Errors>({});
  // The shared schemas' messages are catalog keys (lib/i18n/keyed.ts): put into words here.
  const input = useTranslations("Input");

  const loadSchema = () =>
    (schema.current ??= load().catch((error: unknown) => {
      schema.current = null; // try again next time
      throw error;
    }));

  function read(form: HTMLFormElement): Record<string, unknown> {
    const data = new FormData(form);
    return Object.fromEntries(
      fields.map((f) => [f.name, f.list ? data.getAll(f.name) : (data.get(f.name) ?? "")]),
    );
  }

  async function check(form: HTMLFormElement) {
    const result = (await loadSchema()).safeParse(read(form));
    const found: Errors = {};
    if (!result.success)
      for (const issue of result.error.issues) {
        const [name, ...rest] = issue.path;
        if (typeof name === "string" && rest.length === 0)
          found[name] ??= translateKeyed(input, issue.message);
      }
    return { result, found };
  }

  function focus(name: string) {
    const item = ref.current?.elements.namedItem(name);
    const target = item instanceof RadioNodeList ? item[0] : item;
    if (target instanceof HTMLElement) target.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    submitted.current = true;
    let checked;
    try {
      checked = await check(event.currentTarget);
    } catch {
      onLoadFailure("This form could not be checked. Check your connection and try again.");
      return;
    }
    setErrors(checked.found);
    if (checked.result.success) return onValid(checked.result.data);
    const first = fields.find((f) => checked.found[f.name]);
    if (first) focus(first.name);
  }

  async function onChange(event: FormEvent<HTMLFormElement>) {
    const name = (event.target as { name?: unknown }).name;
    if (!submitted.current || typeof name !== "string" || !fields.some((f) => f.name === name))
      return;
    const { found } = await check(event.currentTarget).catch(() => ({ found: null }));
    if (found) setErrors((prev) => ({ ...prev, [name]: found[name] }));
  }

  return {
    form: { ref, onSubmit, onChange, onFocus: () => void loadSchema().catch(() => {}) },
    errors,
    /** The server's errors beside their fields; focus on the first. */
    setFieldErrors(entries: ReadonlyArray<[name: string, message: string]>) {
      setErrors((prev) => ({ ...prev, ...Object.fromEntries(entries) }));
      if (entries[0]) focus(entries[0][0]);
    },
    /** Back to the inputs' defaults, no errors, nothing re-checked until the next submit. */
    reset() {
      ref.current?.reset();
      submitted.current = false;
      setErrors({});
    },
    focus,
  };
}
