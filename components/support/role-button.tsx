"use client";

import { useActionState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

/** Grants or revokes the support role of one user (admins only; the action checks). */
export function RoleButton({
  userId,
  userName,
  grant,
  changeRole,
}: {
  userId: string;
  userName: string;
  grant: boolean;
  changeRole: (
    prev: ActionResult<undefined> | null,
    formData: FormData,
  ) => Promise<ActionResult<undefined>>;
}) {
  const t = useTranslations("SupportClient");
  const [state, action, pending] = useActionState(changeRole, null);
  // The person's name is for screen readers: the row already shows it.
  const hidden = (chunks: ReactNode) => <span className="sr-only">{chunks}</span>;
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={grant ? "support" : "customer"} />
      <button
        type="submit"
        disabled={pending}
        className={`rounded-md border px-3 py-1 text-sm font-medium ${
          grant
            ? "border-slate-500 bg-white hover:bg-slate-100"
            : "border-red-700 bg-white text-red-800 hover:bg-red-50"
        }`}
      >
        {pending ? t("saving") : t.rich(grant ? "grant" : "revoke", { name: userName, hidden })}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
