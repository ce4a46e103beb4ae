import { CredentialsSignin } from "next-auth";

/**
 * Thrown from authorize() when the email is locked. Auth.js re-throws it unchanged to the
 * signIn() server action, which turns `retryAfterMinutes` into the user-facing message.
 * `code` ends up in URLs for non-action flows, so it says nothing about the account.
 */
export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
  constructor(readonly retryAfterMinutes: number) {
    super();
  }
}
