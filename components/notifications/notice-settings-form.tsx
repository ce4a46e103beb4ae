"use client";

import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";
import { controlClass, hintClass, primaryButtonClass } from "@/components/forms/styles";

const CHOICES = [60, 30, 14, 7, 3, 1];

/** The account's time zone (reminders go out from 09:00 there) and the reminder cadence. */
export function NoticeSettingsForm({
  initial,
  zones,
  save,
}: {
  initial: { timeZone: string; reminderDays: number[] };
  zones: string[];
  save: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const [timeZone, setTimeZone] = useState(initial.timeZone);
  const [days, setDays] = useState<number[]>(initial.reminderDays);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className="max-w-xl space-y-4"
      aria-labelledby="notice-settings"
      onSubmit={(e) => {
        e.preventDefault();
        startTransition(async () => {
          const result = await save({ timeZone, reminderDays: days });
          setMessage(
            result.ok
              ? { ok: true, text: "Saved." }
              : {
                  ok: false,
                  text: [result.message, ...Object.values(result.fieldErrors ?? {}).flat()].join(
                    " ",
                  ),
                },
          );
        });
      }}
    >
      <h2 id="notice-settings" className="text-lg font-semibold">
        When reminders go out
      </h2>
      <div>
        <label htmlFor="time-zone" className="block font-medium">
          Time zone
        </label>
        <p id="time-zone-hint" className={hintClass}>
          Reminders are sent from 9:00 in the morning in this time zone.
        </p>
        <select
          id="time-zone"
          aria-describedby="time-zone-hint"
          className={controlClass + " max-w-sm"}
          value={timeZone}
          onChange={(e) => setTimeZone(e.target.value)}
        >
          {zones.map((z) => (
            <option key={z} value={z}>
              {z.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </div>
      <fieldset aria-describedby="cadence-hint">
        <legend className="font-medium">Remind this many days before a deadline</legend>
        <p id="cadence-hint" className={hintClass}>
          And once more when a deadline has passed. No reminders go out for a Bundle whose update is
          submitted or done.
        </p>
        <div className="mt-2 flex flex-wrap gap-x-5 gap-y-2">
          {CHOICES.map((d) => (
            <label key={d} className="flex items-center gap-2">
              <input
                type="checkbox"
                className="size-4"
                checked={days.includes(d)}
                onChange={(e) =>
                  setDays((prev) =>
                    e.target.checked
                      ? [...prev, d].sort((a, b) => b - a)
                      : prev.filter((p) => p !== d),
                  )
                }
              />
              {d === 1 ? "1 day" : `${d} days`}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? "Saving…" : "Save"}
      </button>
      <p
        role={message && !message.ok ? "alert" : "status"}
        className={message?.ok ? "text-sm text-green-900" : "text-sm text-red-800"}
      >
        {message?.text}
      </p>
    </form>
  );
}
