import { NextResponse, type NextRequest } from "next/server";
import { handlers } from "@/lib/auth";
import { getActingContext } from "@/lib/auth/context";

/**
 * Auth.js's endpoints. `/api/auth/session` answers from the JWT alone, so it is checked against
 * the user's session version first: a session ended by sign-out or a role change reads as none.
 */
export async function GET(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/session") && !(await getActingContext()))
    return NextResponse.json(null);
  return handlers.GET(request);
}

export const { POST } = handlers;
