"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { credentialsSchema } from "@/lib/auth/credentials";
import { ThrottledSignIn } from "@/lib/auth/errors";
import { OIDC_PROVIDER_ID } from "@/lib/auth/oidc";
import { lockedMessage } from "@/lib/auth/throttle-policy";
import { fail, invalidInput, type ActionResult } from "@/lib/actions/result";

export type LoginState = (ActionResult<never> & { email?: string }) | null;

// The page already reduced callbackUrl to a same-site path; checked again because a form post
// can be forged.
const safeDestination = (raw: FormDataEntryValue | null) => safeCallbackPath(raw, null);

export async function login(_prev: LoginState, formData: FormData): Promise<LoginState> {
  const email = String(formData.get("email") ?? "");
  const parsed = credentialsSchema.safeParse({ email, password: formData.get("password") ?? "" });
  if (!parsed.success) return { ...invalidInput(parsed.error), email };

  try {
    // Sign-in, throttling and auditing happen in authorize(); on success this throws a redirect.
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeDestination(formData.get("callbackUrl")),
    });
    return null;
  } catch (error) {
    if (error instanceof ThrottledSignIn) {
      return { ...fail("rate_limited:auth", lockedMessage(error.retryAfterMinutes)), email };
    }
    if (error instanceof AuthError) return { ...fail("invalid_credentials:auth"), email };
    throw error; // NEXT_REDIRECT on success
  }
}

export async function loginWithOidc(formData: FormData): Promise<void> {
  await signIn(OIDC_PROVIDER_ID, { redirectTo: safeDestination(formData.get("callbackUrl")) });
}
