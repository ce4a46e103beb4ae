import { randomUUID } from "node:crypto";
import { isoDate } from "./dates";
import { EMULATOR_DEFAULTS } from "./defaults";
import { twilioSignature } from "./signature";
import type { Store } from "./store";
import type { Bundle } from "./types";

export interface CallbackDelivery {
  id: string;
  url: string;
  params: Record<string, string>;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  delivered: boolean;
  at: string;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/** Posts signed status callbacks as Twilio does, retrying failed deliveries a few times. */
export class CallbackDispatcher {
  readonly log: CallbackDelivery[] = [];
  private readonly inflight = new Set<Promise<void>>();

  constructor(private readonly store: Store) {}

  notify(bundle: Bundle, failureReason = ""): void {
    if (!bundle.status_callback) return;
    const account = this.store.accounts.get(bundle.account_sid);
    if (!account) return;
    const params: Record<string, string> = {
      account_sid: bundle.account_sid,
      bundle_sid: bundle.sid,
      status: bundle.status,
      failure_reason: failureReason,
      valid_until: isoDate(bundle.valid_until) ?? "",
    };
    const delivery: CallbackDelivery = {
      id: randomUUID(),
      url: bundle.status_callback,
      params,
      attempts: 0,
      lastStatus: null,
      lastError: null,
      delivered: false,
      at: new Date().toISOString(),
    };
    this.log.push(delivery);
    if (this.log.length > 500) this.log.shift();
    const job = this.deliver(delivery, account.auth_token).finally(() => this.inflight.delete(job));
    this.inflight.add(job);
  }

  private async deliver(d: CallbackDelivery, authToken: string): Promise<void> {
    const { attempts, backoffMs, timeoutMs } = EMULATOR_DEFAULTS.callbackRetry;
    const signature = twilioSignature(authToken, d.url, d.params);
    for (let i = 0; i < attempts && !d.delivered; i++) {
      if (backoffMs[i]) await sleep(backoffMs[i]!);
      d.attempts++;
      try {
        const res = await fetch(d.url, {
          method: "POST",
          headers: {
            "Content-Type": "application/x-www-form-urlencoded",
            "X-Twilio-Signature": signature,
            "I-Twilio-Idempotency-Token": d.id,
            "User-Agent": "TwilioProxy/1.1",
          },
          body: new URLSearchParams(d.params).toString(),
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
