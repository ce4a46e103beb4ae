"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/result";

type StepAction = (input: { originalSid: string }) => Promise<ActionResult<unknown>>;

/** Waits before each automatic try: quick at first, then backing off (then only on request). */
const BACKOFF_S = [5, 15, 45];

/**
 * A step that is safe to run again by itself (start, check, finish: each is idempotent and
 * guarded on the server): tries it after a short wait, backing off, and always offers "Try again
 * now". `immediately` runs it on mount (a copy nobody checked yet). Shows what is happening, so
 * the page never says "updates by itself" with nothing running (issue 10 R3).
 */
export function RetryStep(props: {
  action: StepAction;
  originalSid: string;
  label: string;
  pendingLabel: string;
  immediately?: boolean;
}) {
  const { action, originalSid, immediately } = props;
  const t = useTranslations("UpdateControls");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [seconds, setSeconds] = useState<number | null>(immediately ? 0 : BACKOFF_S[0]!);
  const running = useRef(false);

  const run = useCallback(() => {
    if (running.current) return;
    running.current = true;
    setSeconds(null);
    startTransition(async () => {
      const result = await action({ originalSid }).catch(() => null);
      running.current = false;
      if (result?.ok) return router.refresh();
      setError(result ? result.message : t("connectionDropped"));
      setAttempt((a) => {
        const next = a + 1;
        setSeconds(BACKOFF_S[next] ?? null);
        return next;
      });
    });
  }, [action, originalSid, router, t]);

  useEffect(() => {
    if (seconds === null) return;
    if (seconds <= 0) return run();
    const timer = setTimeout(() => setSeconds((s) => (s === null ? s : s - 1)), 1000);
    return () => clearTimeout(timer);
  }, [seconds, run]);

  return (
    <div className="flex flex-col items-start gap-2">
      <p role="status" className="text-sm">
        {pending
          ? props.pendingLabel
          : seconds !== null
            ? t("retryIn", { seconds })
            : attempt > 0
              ? t("retryStopped")
              : null}
      </p>
      {error && !pending ? <p className="text-sm font-medium text-red-800">{error}</p> : null}
      <button
        type="button"
        onClick={run}
        disabled={pending}
        className="rounded-md border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-50 focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 focus-visible:outline-none disabled:text-slate-500"
      >
        {props.label}
      </button>
    </div>
  );
}
