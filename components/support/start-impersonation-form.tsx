"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import type { startImpersonationInput } from "@/lib/actions/schemas/impersonation";
import { formAlertLines, splitServerErrors } from "@/components/forms/form-errors";
import { useSchemaForm } from "@/components/forms/use-schema-form";

type Output = z.output<typeof startImpersonationInput>;
const FIELDS = ["reason", "ticket", "minutes"] as const;
const FIELD_NAMES: ReadonlySet<string> = new Set(FIELDS);
const INPUTS = ["accountId", ...FIELDS].map((name) => ({ name }));

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-500 bg-white px-3 py-2 aria-invalid:border-red-700";

/**
 * Starts support access to one account: a reason of at least a sentence, an optional ticket, a
 * duration of at most 60 minutes. The same zod schema checks it here and in the action.
 */
export function StartImpersonationForm({
  accountId,
  accountName,
  durations,
  defaultMinutes,
  start,
}: {
  accountId: string;
  accountName: string;
  durations: number[];
  defaultMinutes: number;
  start: (input: unknown) => Promise<ActionResult<never>>;
}) {
  const t = useTranslations("Impersonation.start");
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const { form, errors, setFieldErrors } = useSchemaForm<Output>({
    load: () =>
      import("@/lib/actions/schemas/impersonation").then((m) => m.startImpersonationInput),
    fields: INPUTS,
    onLoadFailure: setMessage,
    onValid: (values) => {
      setMessage(null);
      startTransition(async () => {
        // On success the action redirects to the customer's worklist.
        const result = await start(values);
        if (result.ok) return;
        const split = splitServerErrors(result.fieldErrors, FIELD_NAMES);
        setFieldErrors(split.fields);
        setMessage(formAlertLines(result.message, split.form).join(" "));
      });
    },
  });

  const describe = (name: (typeof FIELDS)[number], hint?: string) =>
    [hint, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form {...form} noValidate className="max-w-2xl space-y-5">
      {message ? (
        <p
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900"
        >
          {message}
        </p>
      ) : null}
      <input type="hidden" name="accountId" value={accountId} />
      <div>
        <label htmlFor="reason" className="block font-medium">
          {t("reason")}
          <span className="font-normal text-slate-700">{t("required")}</span>
        </label>
        <p id="reason-hint" className="text-sm text-slate-700">
          {t("reasonHint", { account: accountName })}
        </p>
        <textarea
          id="reason"
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describe("reason", "reason-hint")}
          name="reason"
          className={inputClass}
        />
        <FieldError id="reason-error" message={errors.reason} />
      </div>
      <div>
        <label htmlFor="ticket" className="block font-medium">
          {t("ticket")}
          <span className="font-normal text-slate-700">{t("optional")}</span>
        </label>
        <input
          id="ticket"
          type="text"
          autoComplete="off"
          aria-invalid={errors.ticket ? true : undefined}
          aria-describedby={describe("ticket")}
          name="ticket"
          className={`${inputClass} max-w-xs`}
        />
        <FieldError id="ticket-error" message={errors.ticket} />
      </div>
      <div>
        <label htmlFor="minutes" className="block font-medium">
          {t("duration")}
        </label>
        <p id="minutes-hint" className="text-sm text-slate-700">
          {t("durationHint")}
        </p>
        <select
          id="minutes"
          aria-describedby={describe("minutes", "minutes-hint")}
          name="minutes"
          defaultValue={defaultMinutes}
          className={`${inputClass} max-w-xs`}
        >
          {durations.map((m) => (
            <option key={m} value={m}>
              {m === 1 ? t("demoMinute") : t("minutes", { minutes: m })}
            </option>
          ))}
        </select>
        <FieldError id="minutes-error" message={errors.minutes} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-brand px-4 py-2 font-semibold text-white hover:brightness-90 disabled:bg-slate-500"
      >
        {pending ? t("starting") : t("submit")}
      </button>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="mt-1 text-sm font-medium text-red-800">
      {message}
    </p>
  );
}
