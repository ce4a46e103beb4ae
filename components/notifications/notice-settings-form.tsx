"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("Settings.reminders");
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
              ? { ok: true, text: t("saved") }
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
        {t("title")}
      </h2>
      <div>
        <label htmlFor="time-zone" className="block font-medium">
          {t("timeZone")}
        </label>
        <p id="time-zone-hint" className={hintClass}>
          {t("timeZoneHint")}
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
        <legend className="font-medium">{t("days")}</legend>
        <p id="cadence-hint" className={hintClass}>
          {t("daysHint")}
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
              {t("day", { days: d })}
            </label>
          ))}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("saving") : t("save")}
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
