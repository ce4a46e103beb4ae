import type { CallbackFormat } from "./defaults";
import type { RequestLogEntry } from "./stats";

export type { CallbackFormat };

export interface CallbackSettings {
  enabled: boolean;
  format: CallbackFormat;
}

export interface CallbackDeliveryView {
  id: string;
  format: CallbackFormat;
  method: "GET" | "POST";
  url: string;
  params: Record<string, string>;
  attempts: number;
  lastStatus: number | null;
  lastError: string | null;
  delivered: boolean;
  at: string;
}

/**
 * A typed client for the emulator's control API (`/_emulator/…`, JSON, loopback only), for
 * tests, benchmarks and demos. One method per control call, named after what it does.
 */
export type ReviewReason =
  string | { documentSid?: string; documentType?: string; reason: string; code?: number };

export interface FaultSpec {
  status?: 429 | 500 | 503;
  count?: number;
  rate?: number;
  latencyMs?: number;
  retryAfterSeconds?: number;
  operation?: string;
}

export interface EmulatorStats {
  total: number;
  accounts: Record<string, { total: number; operations: Record<string, number> }>;
  operations: Record<string, number>;
}

export class ControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    what: string,
  ) {
    super(`emulator control ${what} answered ${status}: ${JSON.stringify(body)}`);
    this.name = "ControlError";
  }
}

export class EmulatorControl {
  constructor(readonly baseUrl: string) {}

  /** Any control call; throws ControlError on a non-2xx answer. */
  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
  ): Promise<T> {
    const res = await fetch(`${this.baseUrl}/_emulator/${path.replace(/^\//, "")}`, {
      method,
      headers: body === undefined ? {} : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    const parsed: unknown = text ? JSON.parse(text) : {};
    if (!res.ok) throw new ControlError(res.status, parsed, `${method} ${path}`);
    return parsed as T;
  }

  health() {
    return this.call<{ ok: boolean }>("GET", "health");
  }
  reset(seed: "demo" | "empty" = "demo") {
    return this.call("POST", seed === "empty" ? "reset?seed=empty" : "reset");
  }
  review(bundleSid: string, decision: "approve" | "reject", reasons: ReviewReason[] = []) {
    return this.call("POST", `bundles/${bundleSid}/review`, { decision, reasons });
  }
  regulationChange(change: Record<string, unknown>) {
    return this.call("POST", "regulation-changes", change);
  }
  injectFaults(spec: FaultSpec) {
    return this.call("POST", "faults", spec);
  }
  clearFaults() {
    return this.call("DELETE", "faults");
  }
  reviewMode(mode: { mode: "manual" } | { mode: "auto"; delaySeconds?: number }) {
    return this.call("PUT", "review-mode", mode);
  }
  advanceClock(by: { advanceDays?: number; advanceMs?: number }) {
    return this.call("POST", "clock", by);
  }
  generateBundles(spec: { accountSid: string; count: number; [key: string]: unknown }) {
    return this.call("POST", "bundles/generate", spec);
  }
  stats() {
    return this.call<EmulatorStats>("GET", "stats");
  }
  /** Persisted state on disk (snapshot and journal sizes), row counts and the process's RSS. */
  storage() {
    return this.call<{
      persisted: boolean;
      snapshotBytes?: number;
      journalBytes?: number;
      rows: Record<string, number>;
      rssBytes: number;
    }>("GET", "storage");
  }
  clearStats() {
    return this.call("DELETE", "stats");
  }
  requests(limit = 100) {
    return this.call<{ requests: RequestLogEntry[] }>("GET", `requests?limit=${limit}`);
  }
  /** Deliveries so far, the current settings, and how many were not sent (callbacks off). */
  callbacks() {
    return this.call<{
      settings: CallbackSettings;
      suppressed: number;
      deliveries: CallbackDeliveryView[];
    }>("GET", "callbacks");
  }
  /** Turns status callbacks on or off (off: status changes are counted, nothing is sent). */
  setCallbacksEnabled(enabled: boolean) {
    return this.call<{ settings: CallbackSettings }>("PUT", "callbacks", { enabled });
  }
  /**
   * The shape of status callbacks: "get-pascal" (default, as twilio/twilio-php#861 reports real
   * Twilio), "post-snake" (the guide's fields, form POST) or "post-pascal" (form POST, PascalCase).
   */
  setCallbackFormat(format: CallbackFormat) {
    return this.call<{ settings: CallbackSettings }>("PUT", "callback-format", { format });
  }
}
