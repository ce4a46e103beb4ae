"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState, useTransition } from "react";
import { useImpersonation, useSupportQuestion } from "@/components/support/impersonation-context";
import type { ActionResult } from "@/lib/actions/result";
import { focusStatusNext } from "./status-focus";

type StepAction = (input: { originalSid: string }) => Promise<ActionResult<unknown>>;

const VARIANTS = {
  primary: "bg-brand text-white hover:brightness-90 disabled:bg-slate-400",
  secondary:
    "border border-slate-400 bg-white text-slate-900 hover:bg-slate-50 disabled:text-slate-500",
  danger: "border border-red-700 bg-white text-red-800 hover:bg-red-50 disabled:text-slate-500",
} as const;

/**
 * One wizard step behind a button: pending state (no double submit), the action's message on
 * failure, and a refresh of the server-rendered page on success.
 */
export function StepButton(props: {
  action: StepAction;
  originalSid: string;
  label: string;
  pendingLabel: string;
  /** The answer that runs a step which asks first ("Yes, cancel this update"). */
  yesLabel?: string;
  /** The step as the read-only note words it ("… switch to assist mode to {action} …"). */
  actionPhrase?: string;
  variant?: keyof typeof VARIANTS;
  confirm?: string;
  /** An irreversible Twilio step: support staff in assist mode confirm it a second time. */
  irreversible?: boolean;
}) {
  const t = useTranslations("UpdateControls");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // A step that asks first does so on the page (not the browser's dialog): a question, then
  // "Yes" (focused) or "Keep", and focus back on the step's button when kept.
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  // Support staff in assist mode answer a second question, naming the customer, on the page.
  const supportQuestion = useSupportQuestion()(props.label);
  const question = props.irreversible ? supportQuestion : null;
  const asks = Boolean(props.confirm || question);
  // Read-only support access: the server refuses every step, so the button says so up front.
  const readOnly = useImpersonation()?.mode === "read_only";

  function run() {
    setAsking(false);
    setError(null);
    // Set before the action: its answer may render the next status before the await returns.
    focusStatusNext(true);
    startTransition(async () => {
      const result = await props.action({ originalSid: props.originalSid });
      // On success the action revalidated the page and its answer carries the new render; a
      // failure may still mean Twilio moved on (e.g. another tab submitted), so re-read then.
      if (!result.ok) {
        focusStatusNext(false);
        setError(result.message);
        router.refresh();
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-2">
      {asking ? (
        <div
          role="group"
          aria-labelledby={`${props.originalSid}-ask`}
          className="rounded-md border border-slate-400 bg-white p-3"
        >
          <div id={`${props.originalSid}-ask`} className="space-y-2 font-medium">
            {props.confirm ? <p>{props.confirm}</p> : null}
            {question
              ? question.split("\n\n").map((line) => (
                  <p key={line} className="whitespace-pre-line">
                    {line}
                  </p>
                ))
              : null}
          </div>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              ref={yes}
              type="button"
              onClick={run}
              className={`rounded-md px-4 py-2 font-semibold ${VARIANTS[props.variant ?? "primary"]}`}
            >
              {props.yesLabel ?? props.label}
            </button>
            <button
              type="button"
              onClick={() => {
                setAsking(false);
                requestAnimationFrame(() => trigger.current?.focus());
              }}
              className={`rounded-md px-4 py-2 font-semibold ${VARIANTS.secondary}`}
            >
              {t("keep")}
            </button>
          </div>
        </div>
      ) : null}
      <button
        ref={trigger}
        type="button"
        hidden={asking}
        onClick={asks ? () => setAsking(true) : run}
        disabled={pending || readOnly}
        aria-disabled={pending || readOnly}
        aria-describedby={readOnly ? `${props.originalSid}-read-only` : undefined}
        className={`rounded-md px-4 py-2 font-semibold focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 focus-visible:outline-none ${VARIANTS[props.variant ?? "primary"]}`}
      >
        {pending ? props.pendingLabel : props.label}
      </button>
      {readOnly ? (
        <p id={`${props.originalSid}-read-only`} className="text-sm text-slate-700">
          {t("readOnly", { action: props.actionPhrase ?? props.label })}
        </p>
      ) : null}
      <p role="alert" className="text-sm font-medium text-red-800">
        {error}
      </p>
    </div>
  );
}
