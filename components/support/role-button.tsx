"use client";

import { useActionState } from "react";
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
  return (
    <form action={action} className="flex flex-col items-start gap-1">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="role" value={grant ? "support" : "customer"} />
      <button
        type="submit"
        disabled={pending}
        // The name says whose role (the row shows it); while saving, the visible text is the name.
        aria-label={
          pending ? undefined : t(grant ? "grantLabel" : "revokeLabel", { name: userName })
        }
        className={`rounded-md border px-3 py-1 text-sm font-medium ${
          grant
            ? "border-slate-500 bg-white hover:bg-slate-100"
            : "border-red-700 bg-white text-red-800 hover:bg-red-50"
        }`}
      >
        {pending ? t("saving") : t(grant ? "grant" : "revoke")}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="text-sm text-red-800">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
