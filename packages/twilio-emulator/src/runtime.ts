import { CallbackDispatcher } from "./callbacks";
import { Faults } from "./faults";
import { Stats } from "./stats";
import type { Store } from "./store";
import type { Bundle, BundleStatus } from "./types";

/**
 * Live behaviour around the store: status changes (with callbacks), the clock-driven expiry of
 * bundles past their valid_until, automatic review timers, injected faults and request stats.
 */
export class Runtime {
  readonly callbacks: CallbackDispatcher;
  readonly faults = new Faults();
  readonly stats = new Stats();
  private readonly timers = new Set<NodeJS.Timeout>();
  private nextExpiry: number | null = null;

  constructor(readonly store: Store) {
    this.callbacks = new CallbackDispatcher(store);
    this.recomputeExpiry();
  }

  setStatus(bundle: Bundle, status: BundleStatus, failureReason = ""): void {
    bundle.status = status;
    bundle.date_updated = this.store.now();
    this.store.putBundle(bundle);
    this.callbacks.notify(bundle, failureReason);
    this.recomputeExpiry();
  }

  /** Announces a valid_until set on an approved bundle (status unchanged), as Twilio does. */
  announceValidUntil(bundle: Bundle): void {
    this.callbacks.notify(bundle);
    if (
      bundle.valid_until !== null &&
      (this.nextExpiry === null || bundle.valid_until < this.nextExpiry)
    ) {
      this.nextExpiry = bundle.valid_until;
    }
  }

  /** Approved bundles whose valid_until has passed become twilio-rejected. Cheap when nothing is due. */
  sweepExpired(): number {
    const now = this.store.now();
    if (this.nextExpiry === null || now < this.nextExpiry) return 0;
    let expired = 0;
    for (const b of this.store.bundles.all()) {
      if (b.status === "twilio-approved" && b.valid_until !== null && b.valid_until <= now) {
        this.setStatus(
          b,
          "twilio-rejected",
          "The bundle was not updated before its valid_until date.",
        );
        expired++;
      }
    }
    this.recomputeExpiry();
    return expired;
  }

  recomputeExpiry(): void {
    let min: number | null = null;
    for (const b of this.store.bundles.all()) {
      if (
        b.status === "twilio-approved" &&
        b.valid_until !== null &&
        (min === null || b.valid_until < min)
      ) {
        min = b.valid_until;
      }
    }
    this.nextExpiry = min;
  }

  schedule(delayMs: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, delayMs);
    t.unref();
    this.timers.add(t);
  }

  cancelTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
