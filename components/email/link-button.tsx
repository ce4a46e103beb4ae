"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { primaryButtonClass } from "@/components/forms/styles";

/**
 * One button that acts on a signed link (confirm, unsubscribe). A button rather than acting on
 * page load: mail scanners open links, and must not confirm or unsubscribe anyone.
 */
export function LinkButton({
  token,
  label,
  done,
  act,
}: {
  token: string;
  label: string;
  done: string;
  act: (input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("EmailLinks");
  const [result, setResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();
  if (result?.ok)
    return (
      <p
        role="status"
        className="rounded-md border border-green-700 bg-green-50 px-4 py-3 text-green-950"
      >
        {done}
      </p>
    );
  return (
    <div className="space-y-3">
      <button
        type="button"
        className={primaryButtonClass}
        disabled={pending}
        onClick={() => startTransition(async () => setResult(await act({ token })))}
      >
        {pending ? t("wait") : label}
      </button>
      {result && !result.ok ? (
        <p role="alert" className="text-red-800">
          {result.message}
        </p>
      ) : null}
    </div>
  );
}
