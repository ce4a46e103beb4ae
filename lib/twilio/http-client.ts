import twilio from "twilio";
import { measured } from "@/lib/timing/measure";
import { noteTwilioDate } from "./clock";

/**
 * The one place where "real Twilio or the emulator" is decided: every request the SDK makes
 * (including absolute `next_page_url` links) passes through `request()` below, which swaps the
 * `https://<host>.twilio.com` origin for the emulator's base URL when one is configured.
 * This is the SDK's documented seam (twilio-node `advanced-examples/custom-http-client.md`);
 * the SDK has no base-URL option.
 *
 * The same subclass also carries `Retry-After` to the caller: the SDK's RestException is built
 * from status and body only, so for error statuses this client raises the SDK's own
 * RestException itself, annotated with the header (see `toRestException`).
 */

type RequestOptions<TData> = Parameters<InstanceType<typeof twilio.RequestClient>["request"]>[0] & {
  data?: TData;
};

export interface TwilioHttpResponse {
  statusCode: number;
  body: unknown;
  headers?: unknown;
}

/** The SDK's RestException plus the response's raw `Retry-After` header (null when absent). */
export type AnnotatedRestException = InstanceType<typeof twilio.RestException> & {
  retryAfter: string | null;
};

const TWILIO_HOST = /(^|\.)twilio\.com$/i;

/** `https://numbers.twilio.com/v2/X?Page=1` → `<base>/v2/X?Page=1`; other URLs and a null base are untouched. */
export function rewriteTwilioUrl(uri: string, baseUrl: string | null): string {
  if (!baseUrl) return uri;
  const url = new URL(uri);
  if (url.protocol !== "https:" || !TWILIO_HOST.test(url.hostname)) return uri;
  return baseUrl.replace(/\/+$/, "") + url.pathname + url.search;
}

export function readHeader(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== "object") return null;
  if (typeof (headers as Headers).get === "function") {
    const value = (headers as Headers).get(name);
    return value == null ? null : String(value);
  }
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers as Record<string, unknown>)) {
    if (key.toLowerCase() === wanted && value != null) return String(value);
  }
  return null;
}

/** RFC 9457 problem bodies get the SDK's own TwilioServiceException; leave those to the SDK. */
function isProblemDetails(body: unknown): boolean {
  if (!body || typeof body !== "object") return false;
  const b = body as Record<string, unknown>;
  return typeof b.type === "string" && typeof b.title === "string" && typeof b.status === "number";
}

/** Builds exactly the exception the SDK would raise for this response, plus `retryAfter`. */
export function toRestException(response: TwilioHttpResponse): AnnotatedRestException {
  const error = new twilio.RestException({
    statusCode: response.statusCode,
    body: response.body,
    headers: response.headers,
  } as ConstructorParameters<typeof twilio.RestException>[0]);
  return Object.assign(error, { retryAfter: readHeader(response.headers, "retry-after") });
}

export class GatewayHttpClient extends twilio.RequestClient {
  private readonly baseUrl: string | null;

  constructor(options: { baseUrl: string | null; timeoutMs: number }) {
    // autoRetry stays off: retries are decided by lib/twilio/retry.ts, reads only.
    super({ timeout: options.timeoutMs, autoRetry: false, keepAlive: options.baseUrl === null });
    this.baseUrl = options.baseUrl;
  }

  override async request<TData>(opts: RequestOptions<TData>) {
    const original = new URL(opts.uri);
    const uri = rewriteTwilioUrl(opts.uri, this.baseUrl);
    const headers =
      uri === opts.uri ? { ...opts.headers } : { ...opts.headers, "X-Twilio-Host": original.host };
    // Booked to the request's Twilio time when request timing is on (lib/timing).
    const response = await measured("twilio", () =>
      super.request<TData>({ ...opts, uri, headers }),
    );
    noteTwilioDate(readHeader(response.headers, "date"));
    if (response.statusCode >= 400 && !isProblemDetails(response.body)) {
      // The SDK rejects every status >= 400 on fetch/create/update/remove/page; raising the same
      // RestException here only adds the header it would otherwise drop.
      throw toRestException(response);
    }
    return response;
  }
}
