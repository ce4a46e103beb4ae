import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getActingContext } from "@/lib/auth/context";
import { isOidcEnabled } from "@/lib/auth/oidc";
import { login, loginWithOidc } from "./actions";

export const metadata: Metadata = { title: "Sign in" };
export const dynamic = "force-dynamic";

// Auth.js redirects here with ?error=<type> when a redirect-based sign-in (OIDC) fails.
const FLOW_ERRORS: Record<string, string> = {
  AccessDenied: "Single sign-on did not allow access for this account.",
  Configuration: "Sign-in is not available right now. Please try again later.",
};

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, (await headers()).get("host"));
  if (await getActingContext()) redirect(callbackUrl);

  const error = typeof params.error === "string" ? params.error : undefined;
  const initialMessage = error
    ? (FLOW_ERRORS[error] ?? "Sign-in did not complete. Please try again.")
    : undefined;
  const oidc = isOidcEnabled();

  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm rounded-lg border border-slate-300 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">
          Compliance Update Portal
        </p>
        <h1 className="mt-1 mb-6 text-2xl font-semibold">Sign in</h1>
        <LoginForm callbackUrl={callbackUrl} initialMessage={initialMessage} login={login} />
        {oidc ? (
          <form action={loginWithOidc} className="mt-6 border-t border-slate-200 pt-6">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button
              type="submit"
              className="w-full rounded-md border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
            >
              Sign in with single sign-on
            </button>
          </form>
        ) : null}
      </div>
    </main>
  );
}
