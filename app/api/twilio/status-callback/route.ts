import { NextResponse, type NextRequest } from "next/server";
import { env } from "@/lib/env";
import { callbackIsForeign } from "@/lib/dal/update-requests";
import { enqueue } from "@/lib/jobs/enqueue";
import { findSigningAccount, noteReceipt, receiptKey, seenReceipt } from "@/lib/dal/webhooks";
import { validateTwilioSignature } from "@/lib/twilio";
import {
  MAX_CALLBACK_BYTES,
  SIGNATURE_SHAPE,
  parseStatusCallback,
} from "@/lib/webhooks/status-callback";

const answer = (status: number, text?: string) =>
  new NextResponse(text ?? null, { status, headers: text ? { "content-type": "text/plain" } : {} });

/** The body, read only up to the limit: a larger one is refused without being read on. */
async function readCapped(request: NextRequest): Promise<string | null> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_CALLBACK_BYTES) return null;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_CALLBACK_BYTES) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Twilio's Bundle status callbacks, in each shape Twilio is known to send (see
 * lib/webhooks/status-callback.ts): a GET with PascalCase query parameters and `bodySHA256`, or a
 * form POST with snake_case fields. The order of checks keeps refusals cheap: the signature
 * header's shape, the body's size, the fields, the account (from our own table: an unknown one
 * costs no Twilio request), the signature, then a replay check on the signed content.
 */
async function receive(request: NextRequest): Promise<NextResponse> {
  const signature = request.headers.get("x-twilio-signature") ?? "";
  if (!SIGNATURE_SHAPE.test(signature)) return answer(403, "Invalid signature");
  const body = request.method === "GET" ? "" : await readCapped(request);
  if (body === null) return answer(413, "A status callback is never this large");

  // The URL Twilio called: our public URL, not whatever host a proxy forwarded.
  const url = new URL(request.nextUrl.pathname + request.nextUrl.search, env.PUBLIC_BASE_URL).href;
  const parsed = parseStatusCallback({
    method: request.method,
    url,
    contentType: request.headers.get("content-type"),
    body,
  });
  if (!parsed.ok) return answer(parsed.status, parsed.reason);
  const { callback } = parsed;

  const account = await findSigningAccount(callback.accountSid);
  const valid =
    account !== null &&
    (await validateTwilioSignature({
      accountSid: callback.accountSid,
      signature,
      signed: parsed.check,
    }));
  if (!valid) {
    console.warn("[status-callback] refused: bad signature or unknown account", callback.bundleSid);
    return answer(403, "Invalid signature");
  }

  if (await callbackIsForeign(callback)) {
    console.warn("[status-callback] refused: signed by another account", callback.bundleSid);
    return answer(403, "Invalid signature");
  }
  const key = receiptKey(signature, request.method, url, body);
  if (await seenReceipt(key)) return answer(204);
  // Applied by a job (lib/jobs), never here: the route answers in milliseconds, and a job that
  // fails is retried with backoff. If it cannot be queued, a 503 makes Twilio send it again.
  try {
    await enqueue("status_callback", {
      ...callback,
      validUntil:
        callback.validUntil === undefined
          ? undefined
          : (callback.validUntil?.toISOString() ?? null),
      receivedAt: new Date().toISOString(),
    });
  } catch (error) {
    console.error("[status-callback] could not queue; Twilio will retry", error);
    return answer(503, "Try again later");
  }
  await noteReceipt(key);
  return answer(204);
}

export const GET = receive;
export const POST = receive;
