/**
 * The database-free part of the Auth.js config (JWT sessions, pages, token mapping), spread into
 * the full config in lib/auth/index.ts. The JWT carries only our user id (`uid`); role and
 * memberships are re-read per request. Sessions last an absolute 8 hours: proxy.ts never renews
 * the cookie (see the decision note there).
 */
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  // Needed under `next start` behind any host name (toolchain-notes P14).
  trustHost: true,
  pages: { signIn: "/login" },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.uid = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && typeof token.uid === "string") session.user.id = token.uid;
      // The session version (lib/auth/sessions.ts), checked against the user row per request.
      if (session.user) Object.assign(session.user, { sv: token.sv });
      return session;
    },
  },
} satisfies NextAuthConfig;
