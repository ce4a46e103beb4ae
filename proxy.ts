import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { parseEnv, type Env } from "@/lib/env-schema";
import { contentSecurityPolicy, newNonce } from "@/lib/security/csp";

/**
 * Runs before every page: sets the page's Content Security Policy (a nonce per request), and,
 * as a first line of defence only, sends page requests without a session to /login. Every page
 * and action still authorizes itself through lib/auth/context.ts (a proxy can be bypassed by a
 * matcher change, see Next's data-security guide).
 *
 * Decision: this only READS the session JWT; it never writes cookies. Auth.js's own proxy
 * (`export { auth as proxy }`) appends a refreshed session cookie to every response, and a
 * prefetch or action response arriving after sign-out re-created the cookie signOut() had just
 * deleted (observed in the browser). Consequence: sessions last an absolute 8 hours
 * (lib/auth/config.ts), with no sliding renewal; sign-out revokes them (lib/auth/sessions.ts).
 */
let env: Env | undefined;

function withPolicy(request: NextRequest): NextResponse {
  const policy = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === "development" });
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export async function proxy(request: NextRequest) {
  // Server actions (POSTs, with or without JavaScript) authorize themselves and return results,
  // so they are not redirected here.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();
  const path = request.nextUrl.pathname;
  // Sign-in, the pages of signed mail links (they authorize by the link's signature) and, in
  // the embedded demo only, the caught mail (the page itself refuses otherwise).
  if (path.startsWith("/login") || path.startsWith("/email/") || path === "/dev/mail")
    return withPolicy(request);

  env ??= parseEnv(process.env);
  // Auth.js names the cookie __Secure-… when the site is served over https (trustHost).
  const proto =
    request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  const token = await getToken({
    req: request,
    secret: env.AUTH_SECRET,
    secureCookie: proto === "https",
  });
  if (typeof token?.uid === "string") return withPolicy(request);

  const login = request.nextUrl.clone();
  login.pathname = "/login";
  login.search = "";
  login.searchParams.set("callbackUrl", request.nextUrl.href);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except Auth.js endpoints, Twilio webhooks (signature-checked instead), other
  // route handlers, Next's assets and static files.
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|txt|woff2?)$).*)",
  ],
};
