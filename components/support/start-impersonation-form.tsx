"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";
import { startImpersonationInput } from "@/lib/actions/schemas/impersonation";
import { formAlertLines, splitServerErrors } from "@/components/forms/form-errors";

type Values = z.input<typeof startImpersonationInput>;
type Output = z.output<typeof startImpersonationInput>;
const FIELDS = ["reason", "ticket", "minutes"] as const;
const FIELD_NAMES: ReadonlySet<string> = new Set(FIELDS);

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
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(startImpersonationInput),
    defaultValues: { accountId, reason: "", ticket: "", minutes: defaultMinutes },
  });
  const { register, handleSubmit, setError, formState } = form;
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const errors = formState.errors;

  const submit = handleSubmit((values) => {
    setMessage(null);
    startTransition(async () => {
      // On success the action redirects to the customer's worklist.
      const result = await start(values);
      if (result.ok) return;
      const split = splitServerErrors(result.fieldErrors, FIELD_NAMES);
      split.fields.forEach(([name, msg], i) =>
        setError(name as (typeof FIELDS)[number], { message: msg }, { shouldFocus: i === 0 }),
      );
      setMessage(formAlertLines(result.message, split.form).join(" "));
    });
  });

  const describe = (name: (typeof FIELDS)[number], hint?: string) =>
    [hint, errors[name] ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form onSubmit={submit} noValidate className="max-w-2xl space-y-5">
      {message ? (
        <p
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900"
        >
          {message}
        </p>
      ) : null}
      <input type="hidden" {...register("accountId")} />
      <div>
        <label htmlFor="reason" className="block font-medium">
          Reason <span className="font-normal text-slate-700">(required)</span>
        </label>
        <p id="reason-hint" className="text-sm text-slate-700">
          At least a sentence. {accountName} will read it in their activity, next to everything you
          do.
        </p>
        <textarea
          id="reason"
          rows={3}
          aria-invalid={errors.reason ? true : undefined}
          aria-describedby={describe("reason", "reason-hint")}
          className={inputClass}
          {...register("reason")}
        />
        <FieldError id="reason-error" message={errors.reason?.message} />
      </div>
      <div>
        <label htmlFor="ticket" className="block font-medium">
          Ticket reference <span className="font-normal text-slate-700">(optional)</span>
        </label>
        <input
          id="ticket"
          type="text"
          autoComplete="off"
          aria-invalid={errors.ticket ? true : undefined}
          aria-describedby={describe("ticket")}
          className={`${inputClass} max-w-xs`}
          {...register("ticket")}
        />
        <FieldError id="ticket-error" message={errors.ticket?.message} />
      </div>
      <div>
        <label htmlFor="minutes" className="block font-medium">
          Duration
        </label>
        <p id="minutes-hint" className="text-sm text-slate-700">
          Access ends by itself after this time and cannot be extended; start a new one if needed.
        </p>
        <select
          id="minutes"
          aria-describedby={describe("minutes", "minutes-hint")}
          className={`${inputClass} max-w-xs`}
          {...register("minutes")}
        >
          {durations.map((m) => (
            <option key={m} value={m}>
              {m === 1 ? "1 minute (demo mode only)" : `${m} minutes`}
            </option>
          ))}
        </select>
        <FieldError id="minutes-error" message={errors.minutes?.message} />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-blue-700 px-4 py-2 font-semibold text-white hover:bg-blue-800 disabled:bg-slate-500"
      >
        {pending ? "Starting…" : "Start read-only access"}
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
