"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { HELP_NOTE_MAX } from "@/lib/actions/schemas/limits";

type HelpAction = (
  previous: ActionResult<{ at: string }> | null,
  data: FormData,
) => Promise<ActionResult<{ at: string }>>;

/** "Ask support to fix this": an optional note, sent with the Bundle's context. */
export function HelpRequestForm({ bundleSid, action }: { bundleSid: string; action: HelpAction }) {
  const t = useTranslations("BundleHelp");
  const [result, submit, pending] = useActionState(action, null);
  const error = result && !result.ok ? result.message : null;
  const errorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);
  return (
    <form action={submit} className="mt-3 space-y-3">
      <input type="hidden" name="bundleSid" value={bundleSid} />
      <div>
        <label htmlFor="help-note" className="block font-medium">
          {t("note")} <span className="font-normal text-slate-700">{t("optional")}</span>
        </label>
        <textarea
          id="help-note"
          name="note"
          rows={3}
          maxLength={HELP_NOTE_MAX}
          className="mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2"
        />
      </div>
      {error ? (
        <p ref={errorRef} tabIndex={-1} role="alert" className="font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:brightness-90 disabled:bg-slate-400 focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 focus-visible:outline-none"
      >
        {pending ? t("sending") : t("submit")}
      </button>
    </form>
  );
}
