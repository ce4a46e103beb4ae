"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { ActionResult } from "@/lib/actions/result";

export type LoginState = (ActionResult<never> & { email?: string }) | null;

const inputClass =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base shadow-sm aria-invalid:border-red-700";

/** Email + password form. Works without JavaScript (a plain form post to the server action). */
export function LoginForm({
  callbackUrl,
  initialMessage,
  login,
}: {
  login: (prev: LoginState, formData: FormData) => Promise<LoginState>;
  callbackUrl: string;
  /** An error from a redirect-based flow (e.g. single sign-on), shown until the next attempt. */
  initialMessage?: string | undefined;
}) {
  const [state, action, pending] = useActionState<LoginState, FormData>(login, null);
  const t = useTranslations("Login");
  const fieldErrors = state && !state.ok ? state.fieldErrors : undefined;
  const emailError = fieldErrors?.email?.[0];
  const passwordError = fieldErrors?.password?.[0];
  const message = state ? (state.ok ? undefined : state.message) : initialMessage;

  return (
    <form action={action} noValidate className="space-y-5">
      {message ? (
        <div
          id="login-error"
          role="alert"
          className="rounded-md border border-red-700 bg-red-50 px-4 py-3 text-red-900"
        >
          <span className="font-semibold">{t("failed")} </span>
          {message}
        </div>
      ) : null}
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <div>
        <label htmlFor="email" className="block font-medium">
          {t("email")}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state?.email ?? ""}
          key={state?.email ?? ""}
          aria-invalid={emailError ? true : undefined}
          aria-describedby={emailError ? "email-error" : undefined}
          className={inputClass}
        />
        {emailError ? (
          <p id="email-error" className="mt-1 text-sm text-red-800">
            {emailError}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-medium">
          {t("password")}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={passwordError ? true : undefined}
          aria-describedby={passwordError ? "password-error" : undefined}
          className={inputClass}
        />
        {passwordError ? (
          <p id="password-error" className="mt-1 text-sm text-red-800">
            {passwordError}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        disabled={pending}
        className="w-full rounded-md bg-brand px-4 py-2 font-semibold text-white hover:brightness-90 disabled:cursor-wait disabled:bg-blue-500"
      >
        {pending ? t("pending") : t("submit")}
      </button>
    </form>
  );
}
