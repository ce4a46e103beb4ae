import { NextResponse } from "next/server";
import { getActingContext, type AccountContext } from "@/lib/auth/context";
import { bundleSidSchema } from "@/lib/actions/schemas/update";
import { getUpdateStatus } from "@/lib/dal/update-requests";

/** Polled by the update page while Twilio reviews: the request's phase, for the caller only. */
export async function GET(_request: Request, { params }: { params: Promise<{ sid: string }> }) {
  const ctx = await getActingContext();
  if (!ctx?.account) return NextResponse.json({ error: "unauthorized" }, { status: 401 });
  const sid = bundleSidSchema.safeParse((await params).sid);
  if (!sid.success) return NextResponse.json({ error: "not found" }, { status: 404 });
  // Scoped by the caller's account: another account's SID simply has no request ("none").
  const status = await getUpdateStatus(ctx as AccountContext, sid.data);
  return NextResponse.json(status, { headers: { "Cache-Control": "no-store" } });
}
