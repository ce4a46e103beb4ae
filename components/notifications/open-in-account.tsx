"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";
import { primaryButtonClass } from "@/components/forms/styles";

/** Switches to the mail's account and opens the page: at once, or by the button without JavaScript. */
export function OpenInAccount({
  accountId,
  accountName,
  to,
  go,
}: {
  accountId: string;
  accountName: string;
  to: string;
  go: (prev: ActionResult<never> | null, formData: FormData) => Promise<ActionResult<never> | null>;
}) {
  const t = useTranslations("Pages.go");
  const [state, action, pending] = useActionState(go, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.requestSubmit();
  }, []);
  return (
    <form ref={form} action={action} className="space-y-3">
      <h1 className="text-2xl font-semibold">{t("heading", { account: accountName })}</h1>
      <p>{t("about", { account: accountName })}</p>
      <input type="hidden" name="accountId" value={accountId} />
      <input type="hidden" name="to" value={to} />
      <button type="submit" className={primaryButtonClass} disabled={pending}>
        {t("open", { account: accountName })}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
