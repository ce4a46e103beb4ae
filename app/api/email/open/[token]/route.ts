import { NextResponse, type NextRequest } from "next/server";
import { idFromLink, openNotice } from "@/lib/dal/notifications";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { safeCallbackPath } from "@/lib/auth/callback-url";

/**
 * A mail's main link: records the first click on the notice (support sees whether anyone
 * opened it; there are no tracking pixels) and opens the notice's page, which asks for sign-in
 * first when needed. Where it leads comes from the notice row, never from the link.
 */
export async function GET(
  _request: NextRequest,
  { params }: { params: Promise<{ token: string }> },
) {
  const { token } = await params;
  let target: string | null = null;
  try {
    target = await openNotice(idFromLink("open", token));
  } catch (error) {
    if (!(error instanceof AppError && error.code === "bad_request:link")) throw error;
    // An old or damaged link still opens the portal, just without recording anything.
  }
  // Our own paths only (the sign-in page's rule), even though the row is ours.
  return NextResponse.redirect(new URL(safeCallbackPath(target, null), env.PUBLIC_BASE_URL), 303);
}
