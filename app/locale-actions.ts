"use server";

import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { ok } from "@/lib/actions/result";
import { visitorAction } from "@/lib/actions/safe-action";
import { localeInput } from "@/lib/actions/schemas/locale";
import { saveUserLocale } from "@/lib/dal/preferences";
import { LOCALE_COOKIE } from "@/lib/i18n/locales";

const setLocale = visitorAction(localeInput, async ({ locale }, ctx) => {
  if (ctx) await saveUserLocale(ctx, locale);
  // Signed out (the sign-in page), the choice lives in a cookie; signed in, on the user too.
  (await cookies()).set(LOCALE_COOKIE, locale, {
    path: "/",
    sameSite: "lax",
    httpOnly: true,
    maxAge: 365 * 24 * 3600,
  });
  revalidatePath("/", "layout");
  return ok(locale);
});

/** The header's language switcher (a plain form post: works without JavaScript). */
export async function setLocaleAction(data: FormData): Promise<void> {
  await setLocale(data);
}
