import { NextResponse } from "next/server";
import { getActingContext } from "@/lib/auth/context";

/**
 * The caller's impersonation as the server sees it right now (the acting context re-checks role
 * and expiry, and ends the session if either fails). The banner asks after each client-side
 * navigation, because Next keeps a shared layout (and the banner in it) across navigations and
 * would otherwise go on showing a session the server has already ended.
 */
export async function GET() {
  const ctx = await getActingContext();
  const imp = ctx?.impersonation;
  return NextResponse.json(imp ? { active: true, id: imp.id, mode: imp.mode } : { active: false }, {
    headers: { "Cache-Control": "no-store" },
  });
}
