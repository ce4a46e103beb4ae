"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/** One "Retry" of Needs attention: hidden fields name what to retry; the answer is announced. */
export function RetryButton({
  fields,
  label,
  retry,
}: {
  fields: Record<string, string>;
  /** The button's words, from the page's catalog. */
  label: string;
  retry: (
    prev: ActionResult<undefined> | null,
    formData: FormData,
  ) => Promise<ActionResult<undefined>>;
}) {
  const t = useTranslations("SupportClient");
  const [state, action, pending] = useActionState(retry, null);
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-500 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100 disabled:text-slate-500"
      >
        {pending ? t("retrying") : label}
      </button>
      <p role="status" className="text-xs">
        {state ? (state.ok ? t("queued") : state.message) : null}
      </p>
    </form>
  );
}
