import { NextResponse, type NextRequest } from "next/server";
import { z } from "zod";
import { bundleSidSchema } from "@/lib/actions/schemas/update";
import { env } from "@/lib/env";
import { applyStatusCallback } from "@/lib/dal/update-requests";
import { noteReceipt, seenReceipt } from "@/lib/dal/update-requests/store";
import { validateTwilioSignature } from "@/lib/twilio";

/** Twilio posts snake_case form fields for Bundle status changes (twilio-domain.md §6). */
const callbackSchema = z.object({
  account_sid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
  bundle_sid: bundleSidSchema,
  status: z.string().min(1).max(40),
  failure_reason: z.string().max(2_000).optional(),
});

/**
 * Twilio's Bundle status callbacks. Accepted only with a valid X-Twilio-Signature, computed over
 * the URL Twilio called (our public URL, not whatever host a proxy forwarded) and the form body.
 * A redelivery (same I-Twilio-Idempotency-Token) is acknowledged and changes nothing.
 */
export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  if (!form) return new NextResponse("Expected a form body", { status: 400 });
  const params: Record<string, string> = {};
  for (const [key, value] of form) if (typeof value === "string") params[key] = value;

  const parsed = callbackSchema.safeParse(params);
  if (!parsed.success) return new NextResponse("Not a Bundle status callback", { status: 400 });
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, env.PUBLIC_BASE_URL).href;
  const valid = await validateTwilioSignature({
    accountSid: parsed.data.account_sid,
    signature: request.headers.get("x-twilio-signature") ?? "",
    url,
    params,
  });
  if (!valid) {
    console.warn("[status-callback] refused: bad or missing signature", parsed.data.bundle_sid);
    return new NextResponse("Invalid signature", { status: 403 });
  }

  const token = request.headers.get("i-twilio-idempotency-token");
  if (token && (await seenReceipt(token))) return new NextResponse(null, { status: 204 });
  const outcome = await applyStatusCallback({
    accountSid: parsed.data.account_sid,
    bundleSid: parsed.data.bundle_sid,
    status: parsed.data.status,
    failureReason: parsed.data.failure_reason || null,
  });
  // Noted only once applied: a failure above answers 500 and Twilio's retry is processed.
  if (token) await noteReceipt(token);
  console.info("[status-callback]", parsed.data.bundle_sid, parsed.data.status, outcome);
  return new NextResponse(null, { status: 204 });
}
