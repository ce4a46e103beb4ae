"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

export type SwitchAccountAction = (
  prev: ActionResult<never> | null,
  formData: FormData,
) => Promise<ActionResult<never> | null>;

/** Lets a member of several accounts choose which one to act for. Works without JavaScript. */
export function AccountSwitcher({
  accounts,
  currentId,
  switchAccount,
}: {
  accounts: Array<{ id: string; name: string }>;
  currentId: string | null;
  switchAccount: SwitchAccountAction;
}) {
  const [state, action, pending] = useActionState(switchAccount, null);
  const t = useTranslations("Shell");

  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <label htmlFor="account-switcher" className="text-sm font-medium">
        {t("currentAccount")}
      </label>
      <select
        id="account-switcher"
        name="accountId"
        defaultValue={currentId ?? undefined}
        className="rounded-md border border-slate-400 bg-white px-2 py-1 text-sm"
      >
        {accounts.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md border border-slate-500 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100"
      >
        {pending ? t("switching") : t("switch")}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="w-full text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
