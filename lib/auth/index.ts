import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { recordAuthEvent } from "@/lib/audit/record";
import { env } from "@/lib/env";
import { authConfig } from "./config";
import { authorizeCredentials } from "./credentials";
import { OIDC_PROVIDER_ID, findOrCreateOidcUser, oidcProvider } from "./oidc";
import { sessionVersionOf } from "./sessions";

/**
 * The full Auth.js setup. The config is a function so the environment is read at request time,
 * not during `next build` (which has no AUTH_SECRET).
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const oidc = oidcProvider();
  return {
    ...authConfig,
    secret: env.AUTH_SECRET,
    logger: {
      // A wrong password is expected, not an incident: log it without a stack (P14).
      error(error) {
        if (error instanceof CredentialsSignin) return;
        console.error("[auth]", error);
      },
    },
    providers: [
      Credentials({
        credentials: {
          email: { label: "Email" },
          password: { label: "Password", type: "password" },
        },
        authorize: (raw) => authorizeCredentials(raw),
      }),
      ...(oidc ? [oidc] : []),
    ],
    callbacks: {
      ...authConfig.callbacks,
      async jwt({ token, user, account, trigger }) {
        if (trigger !== "signIn" || !user) return token;
        let uid = user.id;
        if (account?.provider === OIDC_PROVIDER_ID) {
          if (!user.email) return null; // an identity without an email cannot be matched
          uid = (await findOrCreateOidcUser(user.email, user.name)).id;
        }
        if (!uid) return null;
        token.uid = uid;
        // A password sign-in read the user row a moment ago (authorizeCredentials); an identity
        // provider's profile is not ours to trust with it, so OIDC reads the row.
        const read =
          account?.provider === "credentials"
            ? (user as { sessionVersion?: unknown }).sessionVersion
            : undefined;
        token.sv = typeof read === "number" ? read : await sessionVersionOf(uid);
        await recordAuthEvent({
          actorUserId: uid,
          action: "auth.sign_in",
          details: { method: account?.provider ?? "credentials" },
        });
        return token;
      },
    },
  };
});
