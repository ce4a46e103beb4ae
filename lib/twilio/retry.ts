import pRetry from "p-retry";
import { GatewayError, mapTwilioError, type ErrorSurface } from "./errors";

/**
 * Reads are retried on 429, 5xx and network failures (Twilio: "requests that receive 429
 * responses aren't processed and are safe to retry"); 4xx never. Writes are never retried here:
 * a timed-out POST may have succeeded, and the update flow reconciles with Twilio instead.
 */

export interface RetryDelayInput {
  /** 1 for the first retry. */
  attempt: number;
  retryAfterHeader: string | null;
  baseMs: number;
  /** Cap for the computed backoff. */
  maxMs: number;
  /** Math.random-like, [0, 1). */
  random: () => number;
  /** Cap for a server-sent Retry-After. */
  retryAfterCapMs?: number;
  now?: number;
}

export const DEFAULT_RETRY_AFTER_CAP_MS = 10_000;

/** Retry-After (delta-seconds or HTTP-date) → ms, or null when absent or unreadable. */
export function parseRetryAfter(header: string | null, now: number): number | null {
  if (header == null) return null;
  const value = header.trim();
  if (/^\d+(\.\d+)?$/.test(value)) return Math.round(Number(value) * 1000);
  const date = Date.parse(value);
  if (Number.isNaN(date) || !/[a-z]/i.test(value)) return null;
  return Math.max(0, date - now);
}

/**
 * Honours Retry-After (capped); otherwise exponential backoff with "equal jitter": a delay in
 * [exp/2, exp], so retries spread out but never fire immediately.
 */
export function computeRetryDelay(input: RetryDelayInput): number {
  const cap = input.retryAfterCapMs ?? DEFAULT_RETRY_AFTER_CAP_MS;
  const fromHeader = parseRetryAfter(input.retryAfterHeader, input.now ?? Date.now());
  if (fromHeader !== null) return Math.min(fromHeader, cap);
  const exp = Math.min(input.maxMs, input.baseMs * 2 ** Math.max(0, input.attempt - 1));
  const half = exp / 2;
  return Math.round(half + half * Math.min(Math.max(input.random(), 0), 1));
}

export interface ReadRetryOptions {
  surface?: ErrorSurface;
  /** Retries after the first attempt (default 3, at most 3). */
  retries?: number;
  baseMs?: number;
  maxMs?: number;
  retryAfterCapMs?: number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  onRetry?: (info: { attempt: number; delayMs: number; error: GatewayError }) => void;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function withReadRetry<T>(
  fn: () => Promise<T>,
  opts: ReadRetryOptions = {},
): Promise<T> {
  const sleep = opts.sleep ?? realSleep;
  const attempt = async () => {
    try {
      return await fn();
    } catch (err) {
      throw mapTwilioError(err, opts.surface);
    }
  };
  return pRetry(attempt, {
    retries: Math.min(Math.max(opts.retries ?? 3, 0), 3),
    // p-retry only counts; the wait happens in shouldRetry so Retry-After and a fake sleep apply.
    minTimeout: 0,
    maxTimeout: 0,
    shouldRetry: async ({ error, retriesConsumed }) => {
      if (!(error instanceof GatewayError) || !error.retryable) return false;
      const delayMs = computeRetryDelay({
        attempt: retriesConsumed + 1,
        retryAfterHeader: error.retryAfter,
        baseMs: opts.baseMs ?? 250,
        maxMs: opts.maxMs ?? 2_000,
        retryAfterCapMs: opts.retryAfterCapMs,
        random: opts.random ?? Math.random,
      });
      opts.onRetry?.({ attempt: retriesConsumed + 1, delayMs, error });
      await sleep(delayMs);
      return true;
    },
  });
}

/** Writes: one attempt, errors mapped. */
export async function withWrite<T>(fn: () => Promise<T>, surface?: ErrorSurface): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw mapTwilioError(err, surface);
  }
}
