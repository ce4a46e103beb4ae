/**
 * Twilio's Bundle status callback, in every shape it is known to arrive in, reduced to one.
 * Pure (no I/O): the route reads the request within limits, this decides what it says and what
 * the signature must be checked against.
 *
 * Shapes (docs/architecture.md, "Callbacks"):
 *  - the guide's: a form POST with snake_case fields (`account_sid`, `bundle_sid`, `status`,
 *    `failure_reason`, `valid_until`), signed over URL + sorted fields (validateRequest);
 *  - the one real capture (twilio/twilio-php#861, 2025): a GET with PascalCase query parameters
 *    (`AccountSid`, `BundleSid`, `Status`, `FailureReason`) and a `bodySHA256` parameter, signed
 *    over the full URL with no fields;
 *  - a POST whose URL carries `bodySHA256` (a JSON body): signed over the URL, the body checked
 *    against the hash (validateRequestWithBody).
 * Field names are accepted in either case style; unknown fields are ignored, never refused.
 */
import { z } from "zod";

/** A callback is a few hundred bytes; anything near this is not one (issue 10: 200 MB forms). */
export const MAX_CALLBACK_BYTES = 16 * 1024;

/**
 * X-Twilio-Signature is base64 of an HMAC-SHA1 (20 bytes → 28 characters). Checked before the
 * body is read, so an unsigned or junk request costs nothing.
 */
export const SIGNATURE_SHAPE = /^[A-Za-z0-9+/]{27}=$/;

export type SignatureCheck =
  | { kind: "params"; url: string; params: Record<string, string> }
  | { kind: "body"; url: string; body: string };

export interface StatusCallbackFields {
  accountSid: string;
  bundleSid: string;
  status: string;
  failureReason: string | null;
  /** undefined: the callback did not carry the field; null: it said there is none. */
  validUntil: Date | null | undefined;
}

export type ParsedCallback =
  | { ok: true; callback: StatusCallbackFields; check: SignatureCheck }
  | { ok: false; status: 400; reason: string };

const fieldsSchema = z.object({
  accountSid: z.string().regex(/^AC[0-9a-fA-F]{32}$/),
  bundleSid: z.string().regex(/^BU[0-9a-fA-F]{32}$/),
  status: z.string().min(1).max(40),
  failureReason: z.string().max(2_000).optional(),
  validUntil: z.string().max(64).optional(),
});

/** `account_sid`, `AccountSid` and `accountSid` all name the same field. */
const normalKey = (key: string) => key.replace(/_/g, "").toLowerCase();
const FIELDS = {
  accountsid: "accountSid",
  bundlesid: "bundleSid",
  status: "status",
  failurereason: "failureReason",
  validuntil: "validUntil",
} as const;

function pick(source: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(source)) {
    const name = FIELDS[normalKey(key) as keyof typeof FIELDS];
    if (name && typeof value === "string") out[name] = value;
  }
  return out;
}

function toDate(raw: string | undefined): Date | null | undefined {
  if (raw === undefined) return undefined;
  if (!raw) return null;
  const date = new Date(raw);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The request as the route read it: `url` is the public URL Twilio called (PUBLIC_BASE_URL +
 * path + query), `body` the raw body text (empty for GET).
 */
export interface CallbackRequest {
  method: string;
  url: string;
  contentType: string | null;
  body: string;
}

export function parseStatusCallback(request: CallbackRequest): ParsedCallback {
  const url = new URL(request.url);
  const query = Object.fromEntries(url.searchParams);
  const hashed = url.searchParams.has("bodySHA256");
  const type = request.contentType?.split(";")[0]?.trim().toLowerCase() ?? "";
  let source: Record<string, unknown> = query;
  let check: SignatureCheck;

  if (request.method === "GET") {
    check = { kind: "params", url: request.url, params: {} };
  } else if (request.method === "POST" && type === "application/x-www-form-urlencoded") {
    const form = Object.fromEntries(new URLSearchParams(request.body));
    source = { ...query, ...form };
    check = hashed
      ? { kind: "body", url: request.url, body: request.body }
      : { kind: "params", url: request.url, params: form };
  } else if (request.method === "POST" && type === "application/json" && hashed) {
    let json: unknown;
    try {
      json = JSON.parse(request.body);
    } catch {
      return { ok: false, status: 400, reason: "The JSON body could not be read" };
    }
    if (!json || typeof json !== "object" || Array.isArray(json))
      return { ok: false, status: 400, reason: "The JSON body is not an object" };
    source = { ...query, ...(json as Record<string, unknown>) };
    check = { kind: "body", url: request.url, body: request.body };
  } else {
    return { ok: false, status: 400, reason: "Not a Bundle status callback" };
  }

  const parsed = fieldsSchema.safeParse(pick(source));
  if (!parsed.success) return { ok: false, status: 400, reason: "Not a Bundle status callback" };
  const { failureReason, validUntil, ...rest } = parsed.data;
  return {
    ok: true,
    check,
    callback: {
      ...rest,
      failureReason: failureReason?.trim() || null,
      validUntil: toDate(validUntil),
    },
  };
}
