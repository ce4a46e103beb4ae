import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { parseEnv, type Env } from "@/lib/env-schema";

/**
 * First line of defence only: sends page requests without a valid session to /login. Every page
 * and action still authorizes itself through lib/auth/context.ts (a proxy can be bypassed by a
 * matcher change, see Next's data-security guide).
 *
 * Decision: this only READS the session JWT; it never writes cookies. Auth.js's own proxy
 * (`export { auth as proxy }`) appends a refreshed session cookie to every response, and a
 * prefetch or action response arriving after sign-out re-created the cookie signOut() had just
 * deleted (observed in the browser). Consequence: sessions last an absolute 8 hours
 * (lib/auth/config.ts), with no sliding renewal.
 */
let env: Env | undefined;

export async function proxy(request: NextRequest) {
  // Server actions (POSTs, with or without JavaScript) authorize themselves and return results,
  // so they are not redirected here.
  if (request.method !== "GET" && request.method !== "HEAD") return NextResponse.next();

  env ??= parseEnv(process.env);
  // Auth.js names the cookie __Secure-… when the site is served over https (trustHost).
  const proto =
    request.headers.get("x-forwarded-proto") ?? request.nextUrl.protocol.replace(":", "");
  const token = await getToken({
    req: request,
    secret: env.AUTH_SECRET,
    secureCookie: proto === "https",
  });
  if (typeof token?.uid === "string") return NextResponse.next();

  const login = request.nextUrl.clone();
  login.pathname = "/login";
  login.search = "";
  login.searchParams.set("callbackUrl", request.nextUrl.href);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything except sign-in, Auth.js endpoints, Twilio webhooks (signature-checked instead),
  // Next's assets and static files.
  matcher: [
    "/((?!login|api/auth|api/twilio|_next/static|_next/image|favicon\\.ico|icon\\.svg|robots\\.txt|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|txt|woff2?)$).*)",
  ],
};
