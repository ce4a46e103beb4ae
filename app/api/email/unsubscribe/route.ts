import { NextResponse, type NextRequest } from "next/server";
import { unsubscribeByLink } from "@/lib/dal/notifications";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";

/**
 * The List-Unsubscribe target of every mail. A POST is RFC 8058's one-click unsubscribe (mail
 * clients send `List-Unsubscribe=One-Click`, no cookies, no sign-in): the signed token names the
 * contact. A GET (a person following the header's link) opens the page with the button, since
 * link scanners fetch GETs and must not unsubscribe anyone.
 */
const MAX_BODY = 1024;

export async function POST(request: NextRequest) {
  const token = request.nextUrl.searchParams.get("t");
  if (Number(request.headers.get("content-length") ?? "0") > MAX_BODY)
    return new NextResponse("Too large", { status: 413 });
  try {
    const { email } = await unsubscribeByLink(token);
    return new NextResponse(`${email} is unsubscribed.`, {
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "bad_request:link")
      return new NextResponse(error.userMessage, {
        status: 400,
        headers: { "content-type": "text/plain; charset=utf-8" },
      });
    throw error;
  }
}

export function GET(request: NextRequest) {
  const page = new URL("/email/unsubscribe", env.PUBLIC_BASE_URL);
  page.searchParams.set("t", request.nextUrl.searchParams.get("t") ?? "");
  return NextResponse.redirect(page, 303);
}
