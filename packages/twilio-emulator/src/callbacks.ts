import { createHash, randomUUID } from "node:crypto";
import { isoDate } from "./dates";
import { EMULATOR_DEFAULTS, type CallbackFormat } from "./defaults";
import { twilioSignature } from "./signature";
import type { Store } from "./store";
import type { Bundle } from "./types";

export const CALLBACK_FORMATS: readonly CallbackFormat[] = [
  "get-pascal",
  "post-snake",
  "post-pascal",
];

export interface CallbackSettings {
  enabled: boolean;
  format: CallbackFormat;
}

export const defaultCallbackSettings = (): CallbackSettings => ({
  enabled: true,
  format: EMULATOR_DEFAULTS.callback.format,
});

export interface CallbackDelivery {
  id: string;
  format: CallbackFormat;
  method: "GET" | "POST";
  /** The URL called: for get-pascal it carries the fields as query parameters. */
  url: string;
  /** The fields sent (query for GET, form body for POST), without bodySHA256. */
  params: Record<string, string>;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  delivered: boolean;
  at: string;
}

interface Request {
  method: "GET" | "POST";
  url: string;
  params: Record<string, string>;
  body: string | undefined;
  signature: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());
const LOG_SIZE = 500;

/** The Bundle's status change in each shape Twilio is known to use (defaults: callback). */
export function buildCallback(
  format: CallbackFormat,
  callbackUrl: string,
  authToken: string,
  fields: {
    accountSid: string;
    bundleSid: string;
    status: string;
    failureReason: string;
    validUntil: string | null;
  },
): Request {
  if (format === "get-pascal") {
    // twilio/twilio-php#861: GET, bodySHA256 twice, PascalCase, ValidUntil only when set. The
    // signature is over the URL alone, as twilio-node's validateRequestWithBody checks it; the
    // hash is of the body sent, which is empty (defaults: callbackBodyHash).
    const params: Record<string, string> = {
      AccountSid: fields.accountSid,
      BundleSid: fields.bundleSid,
      Status: fields.status,
      FailureReason: fields.failureReason,
      ...(fields.validUntil ? { ValidUntil: fields.validUntil } : {}),
    };
    const hash = createHash("sha256").update("").digest("hex");
    const query = [["bodySHA256", hash], ["bodySHA256", hash], ...Object.entries(params)]
      .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`)
      .join("&");
    const url = `${callbackUrl}${callbackUrl.includes("?") ? "&" : "?"}${query}`;
    return {
      method: "GET",
      url,
      params,
      body: undefined,
      signature: twilioSignature(authToken, url, {}),
    };
  }
  // The guide's fields as a form POST, signed over URL + sorted parameters (validateRequest).
  const snake = format === "post-snake";
  const params: Record<string, string> = {
    [snake ? "account_sid" : "AccountSid"]: fields.accountSid,
    [snake ? "bundle_sid" : "BundleSid"]: fields.bundleSid,
    [snake ? "status" : "Status"]: fields.status,
    [snake ? "failure_reason" : "FailureReason"]: fields.failureReason,
    ...(fields.validUntil ? { [snake ? "valid_until" : "ValidUntil"]: fields.validUntil } : {}),
  };
  return {
    method: "POST",
    url: callbackUrl,
    params,
    body: new URLSearchParams(params).toString(),
    signature: twilioSignature(authToken, callbackUrl, params),
  };
}

/** Sends signed status callbacks as Twilio does, retrying failed deliveries a few times. */
export class CallbackDispatcher {
  readonly log: CallbackDelivery[] = [];
  /** Status changes not called back because callbacks were turned off. */
  suppressed = 0;
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly store: Store) {}

  notify(bundle: Bundle, failureReason = ""): void {
    if (!bundle.status_callback) return;
    const { enabled, format } = this.store.callbackSettings;
    if (!enabled) {
      this.suppressed++;
      return;
    }
    const account = this.store.accounts.get(bundle.account_sid);
    if (!account) return;
    const request = buildCallback(format, bundle.status_callback, account.auth_token, {
      accountSid: bundle.account_sid,
      bundleSid: bundle.sid,
      status: bundle.status,
      failureReason,
      validUntil: isoDate(bundle.valid_until),
    });
    const delivery: CallbackDelivery = {
      id: randomUUID(),
      format,
      method: request.method,
      url: request.url,
      params: request.params,
      attempts: 0,
      lastStatus: null,
      lastError: null,
      delivered: false,
      at: new Date().toISOString(),
    };
    this.log.push(delivery);
    if (this.log.length > LOG_SIZE) this.log.splice(0, this.log.length - LOG_SIZE);
    const job = this.deliver(delivery, request).finally(() => this.inflight.delete(job));
    this.inflight.add(job);
  }

  private async deliver(d: CallbackDelivery, request: Request): Promise<void> {
    const { attempts, backoffMs, timeoutMs } = EMULATOR_DEFAULTS.callbackRetry;
    for (let i = 0; i < attempts && !d.delivered; i++) {
      if (backoffMs[i]) await sleep(backoffMs[i]!);
      d.attempts++;
      try {
        const res = await fetch(request.url, {
          method: request.method,
          headers: {
            ...(request.body === undefined
              ? {}
              : { "Content-Type": "application/x-www-form-urlencoded" }),
            "X-Twilio-Signature": request.signature,
            "I-Twilio-Idempotency-Token": d.id,
            "User-Agent": "TwilioProxy/1.1",
          },
          body: request.body,
          signal: AbortSignal.timeout(timeoutMs),
        });
        d.lastStatus = res.status;
        await res.arrayBuffer().catch(() => undefined);
        d.delivered = res.ok;
      } catch (err) {
        d.lastError = err instanceof Error ? err.message : String(err);
      }
    }
  }

  /** Waits for deliveries under way (tests, shutdown). */
  async drain(): Promise<void> {
    while (this.inflight.size > 0) await Promise.allSettled([...this.inflight]);
  }
}
