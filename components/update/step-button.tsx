"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { useConfirmAsSupport, useImpersonation } from "@/components/support/impersonation-context";
import type { ActionResult } from "@/lib/actions/result";

type StepAction = (input: { originalSid: string }) => Promise<ActionResult<unknown>>;

const VARIANTS = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-slate-400",
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
  variant?: keyof typeof VARIANTS;
  confirm?: string;
  /** An irreversible Twilio step: support staff in assist mode confirm it a second time. */
  irreversible?: boolean;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const confirmAsSupport = useConfirmAsSupport();
  // Read-only support access: the server refuses every step, so the button says so up front.
  const readOnly = useImpersonation()?.mode === "read_only";

  function run() {
    if (props.confirm && !window.confirm(props.confirm)) return;
    if (props.irreversible && !confirmAsSupport(props.label)) return;
    setError(null);
    startTransition(async () => {
      const result = await props.action({ originalSid: props.originalSid });
      // On success the action revalidated the page and its answer carries the new render; a
      // failure may still mean Twilio moved on (e.g. another tab submitted), so re-read then.
      if (!result.ok) {
        setError(result.message);
        router.refresh();
      }
    });
  }

  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        onClick={run}
        disabled={pending || readOnly}
        aria-disabled={pending || readOnly}
        aria-describedby={readOnly ? `${props.originalSid}-read-only` : undefined}
        className={`rounded-md px-4 py-2 font-semibold focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 focus-visible:outline-none ${VARIANTS[props.variant ?? "primary"]}`}
      >
        {pending ? props.pendingLabel : props.label}
      </button>
      {readOnly ? (
        <p id={`${props.originalSid}-read-only`} className="text-sm text-slate-700">
          Read-only support access: switch to assist mode to {props.label.toLowerCase()} for the
          customer.
        </p>
      ) : null}
      <p role="alert" className="text-sm font-medium text-red-800">
        {error}
      </p>
    </div>
  );
}
