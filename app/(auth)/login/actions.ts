"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { credentialsSchema } from "@/lib/auth/credentials";
import { ThrottledSignIn } from "@/lib/auth/errors";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc";
import { lockedMessage } from "@/lib/auth/throttle-policy";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_S, issueDeviceToken } from "@/lib/auth/device-token";
import { env } from "@/lib/env";
import { fail, invalidInput, type ActionResult } from "@/lib/actions/result";

export type LoginState = (ActionResult<never> & { email?: string }) | null;

// The page already reduced callbackUrl to a same-site path; checked again because a form post
// can be forged.
const safeDestination = (raw: FormDataEntryValue | null) => safeCallbackPath(raw, null);

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ...invalidInput(parsed.error), email };

  const destination = safeDestination(formData.get("callbackUrl"));
  try {
    // Sign-in, throttling and auditing happen in authorize().
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirect: false,
    });
  } catch (error) {
    if (error instanceof ThrottledSignIn) {
      return { ...fail("rate_limited:auth", lockedMessage(error.retryAfterMinutes)), email };
    }
    if (error instanceof AuthError) return { ...fail("invalid_credentials:auth"), email };
    throw error;
  }
  // Signed in: this browser is now a known one for the email (see lib/auth/device-token.ts).
  await rememberDevice(parsed.data.email);
  redirect(destination);
}

async function rememberDevice(email: string) {
  (await cookies()).set(DEVICE_COOKIE, issueDeviceToken(env.AUTH_SECRET, email), {
    httpOnly: true,
    sameSite: "lax",
    secure: env.PUBLIC_BASE_URL.startsWith("https://"),
    path: "/login",
    maxAge: DEVICE_COOKIE_MAX_AGE_S,
  });
}

export async function loginWithOidc(formData: FormData): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeDestination(formData.get("callbackUrl")) });
}
