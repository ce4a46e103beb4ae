import { internalError, tooManyRequests, type TwilioApiError } from "./errors";

export interface FaultConfig {
  status?: 429 | 500 | 503;
  /** Fail the next N requests… */
  count?: number;
  /** …or each request with this probability (0–1). */
  rate?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
  /** Only requests whose operation matches (e.g. "ListBundle"); all when absent. */
  operation?: string;
}

/** Injected failures and latency for Twilio paths (never for the control API). */
export class Faults {
  private config: FaultConfig = {};
  private remaining = 0;

  set(config: FaultConfig): void {
    this.config = { ...config };
    this.remaining = config.count ?? 0;
  }

  clear(): void {
    this.config = {};
    this.remaining = 0;
  }

  /** Added latency for this operation (all of them when the faults name none). */
  latencyMs(operation?: string): number {
    const only = this.config.operation;
    if (only && operation && only !== operation) return 0;
    return this.config.latencyMs ?? 0;
  }

  /** The error to answer with instead of handling the request, if any. */
  next(operation: string, random: () => number = Math.random): TwilioApiError | null {
    const { status, rate, operation: only } = this.config;
    if (!status || (only && only !== operation)) return null;
    let fire = false;
    if (this.remaining > 0) {
      this.remaining--;
      fire = true;
    } else if (rate !== undefined && random() < rate) {
      fire = true;
    }
    if (!fire) return null;
    return status === 429
      ? tooManyRequests(this.config.retryAfterSeconds ?? null)
      : internalError(status);
  }

  describe() {
    return { ...this.config, remaining: this.remaining };
  }
}
