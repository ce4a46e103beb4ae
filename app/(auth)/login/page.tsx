import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/language-switcher";
import { LoginForm } from "@/components/login-form";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { getActingContext } from "@/lib/auth/context";
import { isOidcEnabled } from "@/lib/auth/oidc";
import { env } from "@/lib/env";
import { brandOf, brandStyle } from "@/lib/branding/brand";
import { BrandMark } from "@/components/brand-mark";
import { login, loginWithOidc } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return {
    title: { absolute: `${(await getTranslations("Login"))("title")} · ${env.PRODUCT_NAME}` },
  };
}
export const dynamic = "force-dynamic";

// Auth.js redirects here with ?error=<type> when a redirect-based sign-in (OIDC) fails.
const FLOW_ERRORS = new Set(["AccessDenied", "Configuration"]);

export default async function LoginPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[] }>;
}) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(params.callbackUrl, (await headers()).get("host"));
  if (await getActingContext()) redirect(callbackUrl);

  const t = await getTranslations("Login");
  const error = typeof params.error === "string" ? params.error : undefined;
  const initialMessage = error
    ? t(`flow.${FLOW_ERRORS.has(error) ? (error as "AccessDenied" | "Configuration") : "other"}`)
    : undefined;
  const oidc = isOidcEnabled();
  const brand = brandOf(env);

  return (
    <main
      id="main"
      style={brandStyle(brand)}
      className="flex min-h-screen items-center justify-center px-4 py-12"
    >
      <div className="w-full max-w-sm rounded-lg border border-slate-300 bg-white p-6 shadow-sm sm:p-8">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">
          <BrandMark brand={brand} />
        </p>
        <h1 className="mt-1 mb-6 text-2xl font-semibold">{t("title")}</h1>
        <LoginForm callbackUrl={callbackUrl} initialMessage={initialMessage} login={login} />
        {oidc ? (
          <form action={loginWithOidc} className="mt-6 border-t border-slate-200 pt-6">
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <button
              type="submit"
              className="w-full rounded-md border border-slate-500 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
            >
              {t("oidc")}
            </button>
          </form>
        ) : null}
        <div className="mt-6 border-t border-slate-200 pt-4">
          <LanguageSwitcher />
        </div>
      </div>
    </main>
  );
}
